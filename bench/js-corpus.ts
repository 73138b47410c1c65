/**
 * The JavaScript benchmark corpus: the JavaScript in the project's own
 * node_modules, read-only, chosen the same way for Pillar and ESLint.
 *
 * - `.js`, `.mjs` and `.cjs` files (no `.ts`/`.d.ts`: ESLint's default
 *   parser cannot read TypeScript, and declarations hold no code);
 * - each file once: symbolic links (`node_modules/.bin`, workspaces) are
 *   resolved and a file reached twice is listed once; `.bin` is not entered;
 * - not minified or bundled code: names with `.min.`, `bundle` or `.umd.`,
 *   and files averaging more than 300 bytes per line (minified or generated
 *   output without such a name, e.g. tsx's `dist/*.mjs`);
 * - not files over Pillar's size limit (2 MiB; TypeScript's own compiler),
 *   nor empty files (Pillar skips them, so both tools count the same files).
 *
 * Nothing is written under node_modules: both tools only read.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, type DiscoveredFile } from '../src/discover/walk.js';
import { packagePath } from '../src/paths.js';

export const DEFAULT_JS_CORPUS = packagePath('node_modules');

const JS_FILE = /\.(?:js|mjs|cjs)$/;
const BUNDLE_NAME = /\.min\.|(?:^|[.-])bundle[.-]|\.umd\./;
/** Average bytes per line above which a file is taken for minified or generated output. */
export const MAX_BYTES_PER_LINE = 300;

export type JsExclusion = 'empty' | 'minified or bundle by name' | 'over the size limit' | 'minified (long lines)';

export interface JsCorpus {
  files: DiscoveredFile[];
  excluded: Record<JsExclusion, number>;
}

export function jsCorpusFiles(root: string = DEFAULT_JS_CORPUS): JsCorpus {
  const files: DiscoveredFile[] = [];
  const excluded: Record<JsExclusion, number> = { empty: 0, 'minified or bundle by name': 0, 'over the size limit': 0, 'minified (long lines)': 0 };
  const seen = new Set<string>();
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (e.name === '.bin') continue;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      let real: string;
      try {
        real = realpathSync(abs);
      } catch {
        continue;
      }
      if (seen.has(real)) continue;
      seen.add(real);
      if (isDir) walk(abs);
      else if (isFile && JS_FILE.test(e.name)) {
        const size = statSync(abs).size;
        if (size === 0) excluded.empty++;
        else if (BUNDLE_NAME.test(e.name)) excluded['minified or bundle by name']++;
        else if (size > DEFAULT_MAX_FILE_BYTES) excluded['over the size limit']++;
        else if (size / lineCount(readFileSync(abs)) > MAX_BYTES_PER_LINE) excluded['minified (long lines)']++;
        else files.push({ absPath: abs, path: relative(root, abs).split(sep).join('/'), size });
      }
    }
  };
  walk(root);
  return { files, excluded };
}

export function lineCount(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? n + 1 : n;
}
