/**
 * The languages Pillar reviews. Adding a language means adding a folder
 * src/lang/<name>/ with a lowering to the IR and a checks/ folder, and an
 * entry here.
 */
import type { Module } from '../ir/types.js';
import type { ParsedFile } from '../parse/cst.js';
import { lowerPython } from './python/lower.js';

export interface LanguageFrontEnd {
  id: string;
  /** File name endings this front end reviews. */
  extensions: readonly string[];
  /** Module path of the grammar's .wasm file, as its npm package ships it. */
  grammar: string;
  /** Folder (relative to this file's folder) holding one file per check. */
  checksDir: string;
  lower(path: string, parsed: ParsedFile): Module;
}

export const LANGUAGES: readonly LanguageFrontEnd[] = [
  {
    id: 'python',
    extensions: ['.py', '.pyw', '.pyi'],
    grammar: 'tree-sitter-python/tree-sitter-python.wasm',
    checksDir: 'python/checks',
    lower: lowerPython,
  },
];

export function languageForPath(path: string): LanguageFrontEnd | null {
  const lower = path.toLowerCase();
  return LANGUAGES.find((l) => l.extensions.some((ext) => lower.endsWith(ext))) ?? null;
}

export function languageById(id: string): LanguageFrontEnd | null {
  return LANGUAGES.find((l) => l.id === id) ?? null;
}
