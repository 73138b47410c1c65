/** Helpers for dataflow unit tests: Python source → IR → CFG / dataflow result. */
import { ScopeTree } from '../../src/analyze/scope.js';
import { runDataflow } from '../../src/dataflow/index.js';
import type { DataflowResult } from '../../src/dataflow/types.js';
import type { Module } from '../../src/ir/types.js';
import { lowerPython } from '../../src/lang/python/lower.js';
import { languageById } from '../../src/lang/registry.js';
import { GrammarParser } from '../../src/parse/cst.js';

let parser: Promise<GrammarParser> | null = null;

export async function lower(source: string): Promise<Module> {
  parser ??= GrammarParser.create(languageById('python')!.grammar);
  return lowerPython('test.py', (await parser).parse(source));
}

export async function dataflowOf(source: string): Promise<DataflowResult> {
  const module = await lower(source);
  return runDataflow(module, new ScopeTree(module));
}

/** "sinkLine<-sourceLine:class" for each flow, sorted. */
export function flowLines(r: DataflowResult): string[] {
  return r.flows.map((f) => `${f.sink.range.line}<-${f.source.range.line}:${f.class}`).sort();
}
