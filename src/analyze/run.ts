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
  const file = new FileRun(module, source, options);
  const evidence: Record<string, Observation[]> = {};
  const failures: CheckRunResult['failures'] = [];

  const enter = new Map<string, Visitor[]>();
  const exit = new Map<string, Visitor[]>();
  const moduleExit: Array<{ check: Check; fn: () => void }> = [];
  const disabled = new Set<Check>();

  for (const check of checks) {
    const observations: Observation[] = [];
    evidence[check.meta.id] = observations;
    let visitors: Visitors;
    try {
      visitors = check.create(new RunContext(file, check, observations));
    } catch (err) {
      failures.push({ checkId: check.meta.id, message: errorMessage(err) });
      continue;
    }
    for (const key in visitors) {
      const fn = visitors[key as keyof Visitors];
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

  const { ancestors, scopes } = file;
  const visit = (node: Node) => {
    dispatch(enter.get(node.kind), node);
    const opensScope = node.kind === 'function' || node.kind === 'class' || node.kind === 'lambda';
    const outer = file.scope;
    ancestors.push(node);
    if (opensScope) file.scope = scopes.scopeOf(node);
    forEachChild(node, visit);
    if (opensScope) file.scope = outer;
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

  const { findings } = file;
  findings.sort((a, b) => a.range.line - b.range.line || a.range.col - b.range.col || a.checkId.localeCompare(b.checkId));
  return { findings, evidence, failures };
}

/**
 * What the checks of one file share: the walk's position, the scope tree and
 * constants, the findings so far, and the dataflow result once asked for.
 */
class FileRun {
  readonly scopes: ScopeTree;
  readonly constants: Map<string, Expr>;
  readonly ancestors: Node[] = [];
  scope: Scope;
  readonly lines: readonly string[];
  readonly findings: Finding[] = [];
  /** check:line:col:cwe of the findings so far: a check reports a site once. */
  readonly seen = new Set<string>();
  private functionLookup: EnclosingFunctionLookup | undefined;
  private dataflowOutcome: { result: DataflowResult } | { error: unknown } | undefined;

  constructor(
    readonly module: Module,
    readonly source: string,
    private readonly options: RunOptions,
  ) {
    this.scopes = new ScopeTree(module);
    this.constants = moduleConstants(module);
    this.scope = this.scopes.module;
    this.lines = linesOf(source);
  }

  /** Built on the first finding only: most files have none. */
  enclosingFunction(range: Range): string | null {
    this.functionLookup ??= enclosingFunctionLookup(this.module);
    return this.functionLookup(range);
  }

  dataflow(): DataflowResult {
    if (!this.dataflowOutcome) {
      try {
        this.dataflowOutcome = { result: runDataflow(this.module, this.scopes, this.options.deadline, this.options.threats, this.constants) };
      } catch (error) {
        this.dataflowOutcome = { error };
      }
    }
    if ('error' in this.dataflowOutcome) throw this.dataflowOutcome.error;
    return this.dataflowOutcome.result;
  }

  /**
   * The API an expression denotes in the scope being visited. The checks of
   * a call ask this of its callee one after another, so the last answer is
   * kept (a map of every expression cost more than it saved).
   */
  qualifiedName(e: Expr): string | null {
    if (e === this.lastExpr && this.scope === this.lastScope) return this.lastName;
    const name = this.scopes.qualifiedName(e, this.scope);
    this.lastExpr = e;
    this.lastScope = this.scope;
    this.lastName = name;
    return name;
  }

  private lastExpr: Expr | null = null;
  private lastScope: Scope | null = null;
  private lastName: string | null = null;

  /** A module-level constant a name denotes in the scope being visited (a local binding shadows it). */
  readonly constLookup = (name: string): Expr | undefined => {
    for (let s: Scope | null = this.scope; s; s = s.parent) {
      if (s.bindings.has(name)) return s === this.scopes.module ? this.constants.get(name) : undefined;
    }
    return undefined;
  };
}

/**
 * One check's view of the file. A class, not an object literal: a file runs
 * every check, and a literal with getters and closures cost each check about
 * a kilobyte of garbage per file, most of the run's fixed cost per file.
 */
class RunContext implements CheckContext {
  constructor(
    private readonly file: FileRun,
    private readonly check: Check,
    private readonly observations: Observation[],
  ) {}

  get module(): Module {
    return this.file.module;
  }

  get source(): string {
    return this.file.source;
  }

  get scopes(): ScopeTree {
    return this.file.scopes;
  }

  get ancestors(): readonly Node[] {
    return this.file.ancestors;
  }

  get scope(): Scope {
    return this.file.scope;
  }

  qualifiedName(e: Expr): string | null {
    return this.file.qualifiedName(e);
  }

  constValue(e: Expr): LiteralValue | undefined {
    return foldConstant(e, this.file.constLookup);
  }

  report(at: { range: Range }, message: string, options: ReportOptions = {}): void {
    const { file, check } = this;
    const cwe = options.cwe ?? check.meta.cwe;
    const key = `${check.meta.id}:${at.range.line}:${at.range.col}:${cwe}`;
    if (file.seen.has(key)) return;
    file.seen.add(key);
    file.findings.push({
      checkId: check.meta.id,
      cwe,
      pillar: pillarOf(cwe),
      severity: options.severity ?? check.meta.severity,
      confidence: options.confidence ?? check.meta.confidence,
      path: file.module.path,
      range: at.range,
      message,
      snippet: snippetOf(file.lines, at.range),
      ...(options.flow ? { flow: options.flow } : {}),
      context: { function: file.enclosingFunction(at.range) },
    });
  }

  examined(at: { range: Range }, detail?: string): void {
    this.observations.push(detail === undefined ? { range: at.range } : { range: at.range, detail });
  }

  dataflow(): DataflowResult {
    return this.file.dataflow();
  }
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
