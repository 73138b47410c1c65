/**
 * The dataflow engine's entry point: runs once per module (the check runner
 * caches it) with the taint spec of the module's language.
 */
import type { ScopeTree } from '../analyze/scope.js';
import type { Expr, Module } from '../ir/types.js';
import { languageById } from '../lang/registry.js';
import { analyzeModule } from './engine.js';
import { specForLanguage, type ThreatModel } from './spec.js';
import type { DataflowResult } from './types.js';

/** `deadline` is a performance.now() value: past it, the remaining functions are left unanalysed and listed. */
export function runDataflow(
  module: Module,
  scopes: ScopeTree,
  deadline = Number.POSITIVE_INFINITY,
  threats?: readonly ThreatModel[],
  constants?: Map<string, Expr>,
): DataflowResult {
  // A language may use another's specs (TypeScript uses JavaScript's).
  const specs = languageById(module.language)?.taintSpecs ?? module.language;
  return analyzeModule(module, scopes, specForLanguage(specs, threats ? { threats } : {}), deadline, constants);
}

export type { DataflowResult, Flow, FlowStep, SinkSite } from './types.js';
