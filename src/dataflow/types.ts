/** Shapes shared by the dataflow engine's parts and by the checks that read its results. */
import type { ClassDef, FunctionDef, LambdaExpr, Module, Param, Range } from '../ir/types.js';
import type { Scope } from '../analyze/scope.js';
import type { Step, Taint } from './values.js';

export interface FlowStep {
  range: Range;
  note: string;
}

/** A place where data of some vulnerability class must not be untrusted. */
export interface SinkSite {
  range: Range;
  class: string;
  cwe: number;
  /** What the sink is, e.g. `os.system` or "return value of a Flask view". */
  api: string;
}

/** Untrusted data reaching a sink: source → steps → sink. */
export interface Flow {
  class: string;
  cwe: number;
  sink: SinkSite;
  source: { label: string; range: Range };
  /** Source first, sink last. */
  steps: FlowStep[];
}

export interface IncompleteUnit {
  unit: string;
  range: Range;
  reason: string;
}

export interface DataflowResult {
  flows: Flow[];
  /** Every sink site seen, reached or not (for evidence). */
  sinks: SinkSite[];
  /** Distinct source sites seen (reads of untrusted data, untrusted parameters). */
  sourceCount: number;
  /**
   * Calls that may run, as "line:col" of the call: those the engine evaluated, and every call in
   * units it did not need to interpret (no untrusted data reaches them). A call in a finished unit
   * that is not here is dead code.
   */
  reachedCalls: ReadonlySet<string>;
  /** Functions whose analysis hit the work budget and stopped. */
  incomplete: IncompleteUnit[];
  /** Functions, lambdas and the module analysed. */
  unitCount: number;
}

/** A function, lambda or module top level: one CFG, one summary. */
export interface Unit {
  id: number;
  owner: Module | FunctionDef | LambdaExpr;
  name: string;
  params: Param[];
  scope: Scope;
  /** The class whose body defines this method, if any. */
  classDef: ClassDef | null;
  /** True when params[0] is the receiver (self). */
  receiver: boolean;
  entry: EntryInfo | null;
}

export interface EntryInfo {
  /** Entry point spec name, e.g. `flask-route`. */
  kind: string;
  /** param index → source label for untrusted parameters. */
  tainted: Map<number, string>;
  /** param index → type ref. */
  types: Map<number, string>;
}

export interface Summary {
  /** Taints of the returned value: `param` ones say which parameter reaches the return. */
  returns: readonly Taint[];
  returnConst?: { value: import('../ir/types.js').LiteralValue };
  /** Parameter taints reaching sinks inside (with the steps inside). */
  sinks: ReadonlyArray<{ taint: Taint; site: SinkSite }>;
}

export const EMPTY_SUMMARY: Summary = { returns: [], sinks: [] };

export type { Step, Taint };
