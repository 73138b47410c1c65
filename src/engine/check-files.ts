/** Which files of a language's checks folder are check modules: not declaration files, not `_helpers`. */
export function isCheckModuleFile(name: string): boolean {
  return /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts') && !name.startsWith('_');
}
