/**
 * Runs checks over one lowered module in a single walk of the IR.
 *
 * Each check gets its own context (so reports carry its metadata) but they
 * share the scope tree, the constant table and the walk itself. A check
 * that throws is recorded as an analysis error and disabled for the rest of
 * the file; the other checks go on.
 */
import { linesOf } from './source-lines.js';
import { type EnclosingFunctionLookup, enclosingFunctionLookup } from './enclosing-function.js';
import type { Expr, LiteralValue, Module, Node, Range } from '../ir/types.js';
import { forEachChild } from '../ir/walk.js';
import { pillarOf } from '../cwe/catalog.js';
import type { Check, CheckContext, Finding, Observation, ReportOptions, Visitors } from './check.js';
import { foldConstant, moduleConstants } from './constants.js';
import { type Scope, ScopeTree } from './scope.js';
import { runDataflow } from '../dataflow/index.js';
import { errorMessage } from './error-message.js';
import type { DataflowResult } from '../dataflow/types.js';
import type { ThreatModel } from '../dataflow/spec.js';

export interface CheckRunResult {
  findings: Finding[];
  /** check id → sites examined and found safe. */
  evidence: Record<string, Observation[]>;
  /** Checks that failed on this file, with the reason (never a stack trace). */
  failures: Array<{ checkId: string; message: string }>;
}

type VisitorFn = (node: Node) => void;

export interface RunOptions {
  /** performance.now() value after which whole-module analyses (dataflow) stop and report the file as partial. */
  deadline?: number;
  /** Which untrusted sources the dataflow analysis counts (threat models); default remote and local. */
  threats?: readonly ThreatModel[];
}

export function runChecks(module: Module, source: string, checks: readonly Check[], options: RunOptions = {}): CheckRunResult {
  const scopes = new ScopeTree(module);
  const constants = moduleConstants(module);
  const ancestors: Node[] = [];
  let scope: Scope = scopes.module;
  const lines = linesOf(source);

  const findings: Finding[] = [];
  const evidence: Record<string, Observation[]> = {};
  const failures: CheckRunResult['failures'] = [];
  const seen = new Set<string>();
  let functionLookup: EnclosingFunctionLookup | undefined;
  // Built on the first finding only: most files have none.
  const enclosingFunction = (range: Range) => {
    if (!functionLookup) functionLookup = enclosingFunctionLookup(module);
    return functionLookup(range);
  };

  let dataflow: { result: DataflowResult } | { error: unknown } | undefined;
  const getDataflow = (): DataflowResult => {
    if (!dataflow) {
      try {
        dataflow = { result: runDataflow(module, scopes, options.deadline, options.threats, constants) };
      } catch (error) {
        dataflow = { error };
      }
    }
    if ('error' in dataflow) throw dataflow.error;
    return dataflow.result;
  };

  const constLookup = (name: string): Expr | undefined => {
    for (let s: Scope | null = scope; s; s = s.parent) {
      if (s.bindings.has(name)) return s === scopes.module ? constants.get(name) : undefined;
    }
    return undefined;
  };

  const enter = new Map<string, Visitor[]>();
  const exit = new Map<string, Visitor[]>();
  const moduleExit: Array<{ check: Check; fn: () => void }> = [];
  const disabled = new Set<Check>();

  for (const check of checks) {
    const observations: Observation[] = [];
    evidence[check.meta.id] = observations;
    const ctx: CheckContext = {
      module,
      source,
      scopes,
      get ancestors() {
        return ancestors;
      },
      get scope() {
        return scope;
      },
      qualifiedName: (e) => scopes.qualifiedName(e, scope),
      constValue: (e): LiteralValue | undefined => foldConstant(e, constLookup),
      report(at, message, options: ReportOptions = {}) {
        const cwe = options.cwe ?? check.meta.cwe;
        const key = `${check.meta.id}:${at.range.line}:${at.range.col}:${cwe}`;
        if (seen.has(key)) return;
        seen.add(key);
        findings.push({
          checkId: check.meta.id,
          cwe,
          pillar: pillarOf(cwe),
          severity: options.severity ?? check.meta.severity,
          confidence: options.confidence ?? check.meta.confidence,
          path: module.path,
          range: at.range,
          message,
          snippet: snippetOf(lines, at.range),
          ...(options.flow ? { flow: options.flow } : {}),
          context: { function: enclosingFunction(at.range) },
        });
      },
      examined(at, detail) {
        observations.push(detail === undefined ? { range: at.range } : { range: at.range, detail });
      },
      dataflow: getDataflow,
    };
    let visitors: Visitors;
    try {
      visitors = check.create(ctx);
    } catch (err) {
      failures.push({ checkId: check.meta.id, message: errorMessage(err) });
      continue;
    }
    for (const [key, fn] of Object.entries(visitors)) {
      if (typeof fn !== 'function') continue;
      if (key === 'module:exit') moduleExit.push({ check, fn: fn as () => void });
      else if (key.endsWith(':exit')) push(exit, key.slice(0, -5), check, fn as VisitorFn);
      else push(enter, key, check, fn as VisitorFn);
    }
  }

  const fail = (check: Check, err: unknown, at: Range | null) => {
    disabled.add(check);
    for (const list of [...enter.values(), ...exit.values()]) for (const v of list) if (v.check === check) v.off = true;
    const where = at ? ` at line ${at.line}` : '';
    failures.push({ checkId: check.meta.id, message: `${errorMessage(err)}${where}` });
  };
  // Hot path: called for every node and visitor, so no closure is allocated per
  // call, and the loop is indexed (for-of allocates until V8 optimises it).
  const dispatch = (list: Visitor[] | undefined, node: Node) => {
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      const v = list[i]!;
      if (v.off) continue;
      try {
        v.fn(node);
      } catch (err) {
        fail(v.check, err, node.range);
      }
    }
  };

  const visit = (node: Node) => {
    dispatch(enter.get(node.kind), node);
    const opensScope = node.kind === 'function' || node.kind === 'class' || node.kind === 'lambda';
    const outer = scope;
    ancestors.push(node);
    if (opensScope) scope = scopes.scopeOf(node);
    forEachChild(node, visit);
    if (opensScope) scope = outer;
    ancestors.pop();
    dispatch(exit.get(node.kind), node);
  };
  for (const stmt of module.body) visit(stmt);
  for (const v of moduleExit) {
    if (disabled.has(v.check)) continue;
    try {
      v.fn();
    } catch (err) {
      fail(v.check, err, null);
    }
  }

  findings.sort((a, b) => a.range.line - b.range.line || a.range.col - b.range.col || a.checkId.localeCompare(b.checkId));
  return { findings, evidence, failures };
}

/** A check's visitor for one node kind; `off` once the check has failed on this file. */
interface Visitor {
  check: Check;
  fn: VisitorFn;
  off: boolean;
}

function push(map: Map<string, Visitor[]>, key: string, check: Check, fn: VisitorFn) {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  list.push({ check, fn, off: false });
}

function snippetOf(lines: readonly string[], range: Range): string {
  const last = Math.min(range.endLine, range.line + 2);
  return lines
    .slice(range.line - 1, last)
    .map((l) => l.replace(/\r$/, ''))
    .join('\n');
}

export { errorMessage } from './error-message.js';
