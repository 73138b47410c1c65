/**
 * The modules of a language's checks folder: every `.ts`/`.js` file in it
 * that is not a declaration file or a `_helper`, in name order. Dropping a
 * file into the folder registers it.
 *
 * The worker bundle (scripts/bundle-worker.ts) replaces this module with one
 * that imports the same files statically: a bundle cannot list a folder at
 * run time, and that is the point of it (one module to load, not a hundred).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkModuleFiles } from './check-files.js';

const langRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'lang');

/** The check modules of `checksDir` (relative to src/lang, e.g. `python/checks`), loaded. */
export async function checkModules(checksDir: string): Promise<unknown[]> {
  const dir = join(langRoot, checksDir);
  const modules: unknown[] = [];
  for (const f of checkModuleFiles(dir)) modules.push(await import(pathToFileURL(join(dir, f)).href));
  return modules;
}
