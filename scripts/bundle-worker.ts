/**
 * Bundles the compiled worker (dist/src/engine/worker.js) and everything it
 * imports into one module, dist/src/engine/worker.bundle.js; writes the
 * metadata of every check to dist/src/engine/check-catalog.json; and last a
 * manifest of their inputs (src/engine/build-outputs.ts reads it).
 *
 * Why: every review starts one worker per core, and each loads the analysis
 * afresh. Loaded as about a hundred separate ES modules, that took a worker
 * 60–90 ms of CPU on the 2-core benchmark machine; one bundled module takes
 * about a third of that. And the thread that assembles a review needs only
 * the checks' metadata, not the hundred modules. Both are used only while the
 * manifest says they were built from the compiled files as they are now
 * (the plain worker and the checks themselves otherwise), so a stale output
 * is never used.
 *
 * The checks folders are listed here, at build time (src/engine/check-modules.ts
 * lists them at run time otherwise). Run after `tsc` (npm run build / test do).
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { BUILD_FILES, type BuildManifest } from '../src/engine/build-outputs.js';
import { checkModuleFiles } from '../src/engine/check-files.js';
import { allChecks } from '../src/engine/checks.js';

const distRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const engineDir = join(distRoot, 'src', 'engine');
const langDir = join(distRoot, 'src', 'lang');
const BUNDLE = join(engineDir, BUILD_FILES.bundle);
const MANIFEST = join(engineDir, BUILD_FILES.manifest);
const CATALOG = join(engineDir, BUILD_FILES.catalog);

/** `python/checks` → its check modules' file names, for every language folder with checks. */
function checkFolders(): Map<string, string[]> {
  const folders = new Map<string, string[]>();
  for (const lang of readdirSync(langDir).sort()) {
    const dir = join(langDir, lang, 'checks');
    let files: string[];
    try {
      files = checkModuleFiles(dir);
    } catch {
      continue; // a language folder without checks
    }
    folders.set(`${lang}/checks`, files);
  }
  return folders;
}

/** Replaces check-modules.js with static imports of the folders' modules. */
function staticCheckModules(folders: Map<string, string[]>): Plugin {
  return {
    name: 'pillar-static-check-modules',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]engine[\\/]check-modules\.js$/ }, (args) => {
        const imports: string[] = [];
        const entries: string[] = [];
        let n = 0;
        for (const [folder, files] of folders) {
          const names = files.map((f) => {
            const id = `m${n++}`;
            imports.push(`import * as ${id} from ${JSON.stringify(`../lang/${folder}/${f}`)};`);
            return id;
          });
          entries.push(`[${JSON.stringify(folder)}, [${names.join(', ')}]]`);
        }
        const contents = [
          ...imports,
          `const FOLDERS = new Map([${entries.join(', ')}]);`,
          'export async function checkModules(checksDir) {',
          '  const modules = FOLDERS.get(checksDir);',
          "  if (!modules) throw new Error('pillar: the worker bundle has no checks folder ' + checksDir);",
          '  return modules;',
          '}',
        ].join('\n');
        return { contents, resolveDir: dirname(args.path), loader: 'js' };
      });
    },
  };
}

async function main(): Promise<void> {
  const folders = checkFolders();
  const result = await build({
    entryPoints: [join(engineDir, 'worker.js')],
    outfile: BUNDLE,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // web-tree-sitter finds its .wasm file from its own package; zod and yaml load lazily, on a stale compiled spec only.
    external: ['web-tree-sitter', 'zod', 'yaml'],
    metafile: true,
    logLevel: 'warning',
    plugins: [staticCheckModules(folders)],
  });
  const inputs: Record<string, number> = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const abs = resolve(input);
    inputs[relative(engineDir, abs)] = statSync(abs).mtimeMs;
  }
  // The check modules come in through the generated module: list them too.
  for (const [folder, files] of folders) for (const f of files) inputs[relative(engineDir, join(langDir, folder, f))] = statSync(join(langDir, folder, f)).mtimeMs;
  // The metadata of every check, for the thread that assembles reviews (src/engine/build-outputs.ts).
  const metas = (await allChecks()).map((c) => c.meta);
  writeFileSync(CATALOG, `${JSON.stringify(metas)}\n`);
  // Written last: a build that failed before this point leaves no fresh manifest.
  const manifest: BuildManifest = { inputs, checkFolders: Object.fromEntries(folders) };
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 1)}\n`);
  process.stdout.write(`bundled the worker: ${Object.keys(inputs).length} modules into ${relative(process.cwd(), BUNDLE)}; ${metas.length} checks in ${relative(process.cwd(), CATALOG)}\n`);
}

await main();
