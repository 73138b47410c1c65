/**
 * What `npm run build` adds to the compiled files (scripts/bundle-worker.ts):
 * the worker bundle, and the catalog of every check's metadata. Both are used
 * only while the manifest written with them says they were built from the
 * compiled files as they are now; otherwise callers fall back to the plain
 * worker and to loading the checks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckMeta } from '../analyze/check.js';
import { isCheckModuleFile } from './check-files.js';

export interface BuildManifest {
  /** Inputs (relative to the manifest's folder) and their modification times when bundled. */
  inputs: Record<string, number>;
  /** The checks folders and their modules when bundled (a module added since would be missed). */
  checkFolders: Record<string, string[]>;
}

/** The manifest beside the compiled engine (this module's folder). */
const HERE = new URL('.', import.meta.url);

/**
 * Whether the outputs were built from the compiled files as they are now:
 * each input has the modification time the manifest recorded, and the checks
 * folders hold the same modules. About a hundred `stat` calls.
 */
export function isBuildFresh(manifestUrl: URL): boolean {
  try {
    const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as BuildManifest;
    const base = dirname(fileURLToPath(manifestUrl));
    for (const [input, mtimeMs] of Object.entries(manifest.inputs)) {
      if (statSync(join(base, input)).mtimeMs !== mtimeMs) return false;
    }
    for (const [folder, files] of Object.entries(manifest.checkFolders)) {
      const now = readdirSync(join(base, '..', 'lang', folder))
        .filter((f) => f.endsWith('.js') && isCheckModuleFile(f))
        .sort();
      if (now.length !== files.length || now.some((f, i) => f !== files[i])) return false;
    }
    return existsSync(new URL('./worker.bundle.js', manifestUrl)) && existsSync(new URL('./check-catalog.json', manifestUrl));
  } catch {
    return false;
  }
}

let fresh: boolean | undefined;

/** Whether this process may use the build outputs (checked once; never under tsx, which runs the sources). */
function buildFresh(): boolean {
  fresh ??= !import.meta.url.endsWith('.ts') && isBuildFresh(new URL('./worker.bundle.json', HERE));
  return fresh;
}

/** The worker bundle, or null when there is no fresh one. */
export function bundledWorkerUrl(): URL | null {
  return buildFresh() ? new URL('./worker.bundle.js', HERE) : null;
}

/** Every check's metadata as the build recorded it (allChecks order), or null when there is no fresh catalog. */
export function builtCheckCatalog(): CheckMeta[] | null {
  if (!buildFresh()) return null;
  try {
    return JSON.parse(readFileSync(new URL('./check-catalog.json', HERE), 'utf8')) as CheckMeta[];
  } catch {
    return null;
  }
}
