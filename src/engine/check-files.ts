import { readdirSync } from 'node:fs';

/** Which files of a language's checks folder are check modules: not declaration files, not `_helpers`. */
function isCheckModuleFile(name: string): boolean {
  return /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts') && !name.startsWith('_');
}

/** The check modules of a checks folder, by name: what loads them, what bundles them and what checks the bundle agree on it. */
export function checkModuleFiles(dir: string): string[] {
  return readdirSync(dir).filter(isCheckModuleFile).sort();
}
