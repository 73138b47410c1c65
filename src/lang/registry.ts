/**
 * The languages Pillar reviews. Adding a language means adding a folder
 * src/lang/<name>/ with a lowering to the IR and a checks/ folder, and an
 * entry here.
 */
import type { Module } from '../ir/types.js';
import type { ParsedFile } from '../parse/cst.js';
import { javascriptComments } from './javascript/comments.js';
import { lowerJavaScript, lowerTypeScript } from './javascript/lower.js';
import { lowerPython } from './python/lower.js';
import { pythonComments } from './python/comments.js';
import type { SourceComment } from '../review/suppressions.js';

export interface LanguageFrontEnd {
  id: string;
  /** File name endings this front end reviews. */
  extensions: readonly string[];
  /** Module path of the grammar's .wasm file, as its npm package ships it. */
  grammar: string;
  /** File name endings parsed with another grammar of the same language (TypeScript's `.tsx`). */
  grammarByExtension?: Readonly<Record<string, string>>;
  /** Folder (relative to this file's folder) holding one file per check; languages may share one. */
  checksDir: string;
  /** The language whose taint specs (src/lang/<id>/taint/) this one uses, when not its own. */
  taintSpecs?: string;
  /** Builtins that load a module named by their constant argument (`require('fs')` is the module `fs`). */
  moduleLoaders?: readonly string[];
  lower(path: string, parsed: ParsedFile): Module;
  /** The file's comments without their markers, for in-source suppressions (src/review/suppressions.ts). */
  comments?(parsed: ParsedFile): SourceComment[];
}

export const LANGUAGES: readonly LanguageFrontEnd[] = [
  {
    id: 'python',
    extensions: ['.py', '.pyw', '.pyi'],
    grammar: 'tree-sitter-python/tree-sitter-python.wasm',
    checksDir: 'python/checks',
    lower: lowerPython,
    comments: pythonComments,
  },
  {
    id: 'javascript',
    // tree-sitter-javascript parses JSX too.
    extensions: ['.js', '.mjs', '.cjs', '.jsx'],
    grammar: 'tree-sitter-javascript/tree-sitter-javascript.wasm',
    checksDir: 'javascript/checks',
    moduleLoaders: ['require'],
    lower: lowerJavaScript,
    comments: javascriptComments,
  },
  {
    id: 'typescript',
    extensions: ['.ts', '.mts', '.cts', '.tsx'],
    grammar: 'tree-sitter-typescript/tree-sitter-typescript.wasm',
    // Type assertions `<T>x` and JSX cannot share one grammar: .tsx has its own.
    grammarByExtension: { '.tsx': 'tree-sitter-typescript/tree-sitter-tsx.wasm' },
    checksDir: 'javascript/checks',
    taintSpecs: 'javascript',
    moduleLoaders: ['require'],
    lower: lowerTypeScript,
    comments: javascriptComments,
  },
];

/** The grammar that parses `path` (a language may need another grammar for some endings). */
export function grammarFor(lang: LanguageFrontEnd, path: string): string {
  if (lang.grammarByExtension) {
    const lower = path.toLowerCase();
    for (const [ext, grammar] of Object.entries(lang.grammarByExtension)) if (lower.endsWith(ext)) return grammar;
  }
  return lang.grammar;
}

export function languageForPath(path: string): LanguageFrontEnd | null {
  const lower = path.toLowerCase();
  return LANGUAGES.find((l) => l.extensions.some((ext) => lower.endsWith(ext))) ?? null;
}

export function languageById(id: string): LanguageFrontEnd | null {
  return LANGUAGES.find((l) => l.id === id) ?? null;
}
