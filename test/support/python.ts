/** Parses and lowers a Python snippet for tests. */
import type { Module } from '../../src/ir/types.js';
import { languageById } from '../../src/lang/registry.js';
import { GrammarParser } from '../../src/parse/cst.js';

const python = languageById('python')!;
const parser = await GrammarParser.create(python.grammar);

export function lowerSnippet(source: string, path = 'snippet.py'): Module {
  return python.lower(path, parser.parse(source));
}
