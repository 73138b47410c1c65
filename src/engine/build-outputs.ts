/**
 * What `npm run build` adds to the compiled files (scripts/bundle-worker.ts):
 * the worker bundle, and the catalog of every check's metadata. Both are used
 * only while the manifest written with them says they were built from the
 * compiled files as they are now; otherwise callers fall back to the plain
 * worker and to loading the checks.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckMeta } from '../analyze/check.js';
import { checkModuleFiles } from './check-files.js';

export interface BuildManifest {
  /** Inputs (relative to the manifest's folder) and their modification times when bundled. */
  inputs: Record<string, number>;
  /** The checks folders and their modules when bundled (a module added since would be missed). */
  checkFolders: Record<string, string[]>;
}

/** The outputs' file names, beside the compiled engine (this module's folder). */
export const BUILD_FILES = { bundle: 'worker.bundle.js', catalog: 'check-catalog.json', manifest: 'worker.bundle.json' } as const;

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
      const now = checkModuleFiles(join(base, '..', 'lang', folder));
      if (now.length !== files.length || now.some((f, i) => f !== files[i])) return false;
    }
    return existsSync(new URL(BUILD_FILES.bundle, manifestUrl)) && existsSync(new URL(BUILD_FILES.catalog, manifestUrl));
  } catch {
    return false;
  }
}

let fresh: boolean | undefined;

/** Whether this process may use the build outputs (checked once; never under tsx, which runs the sources). */
function buildFresh(): boolean {
  fresh ??= !import.meta.url.endsWith('.ts') && isBuildFresh(new URL(BUILD_FILES.manifest, HERE));
  return fresh;
}

/** The worker bundle, or null when there is no fresh one. */
export function bundledWorkerUrl(): URL | null {
  return buildFresh() ? new URL(BUILD_FILES.bundle, HERE) : null;
}

/** Every check's metadata as the build recorded it (allChecks order), or null when there is no fresh catalog. */
export function builtCheckCatalog(): CheckMeta[] | null {
  if (!buildFresh()) return null;
  try {
    return JSON.parse(readFileSync(new URL(BUILD_FILES.catalog, HERE), 'utf8')) as CheckMeta[];
  } catch {
    return null;
  }
}
