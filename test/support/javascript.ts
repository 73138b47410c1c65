/** Parses and lowers JavaScript/TypeScript snippets for tests, each with the grammar its file name calls for. */
import type { Module } from '../../src/ir/types.js';
import { grammarFor, languageForPath } from '../../src/lang/registry.js';
import { GrammarParser } from '../../src/parse/cst.js';

const parsers = new Map<string, GrammarParser>();

export async function lowerJs(source: string, path = 'snippet.js'): Promise<Module> {
  const lang = languageForPath(path);
  if (!lang) throw new Error(`no language for ${path}`);
  const grammar = grammarFor(lang, path);
  let p = parsers.get(grammar);
  if (!p) {
    p = await GrammarParser.create(grammar);
    parsers.set(grammar, p);
  }
  return lang.lower(path, p.parse(source));
}
