/**
 * Lets a pattern check defer to the dataflow engine at a sink it also knows.
 *
 * Pattern checks (eval of a non-constant string, a shell command built at run
 * time, SQL built by formatting…) cannot tell a dead branch, a sanitiser or an
 * allow-list from real exposure. In a file where the engine found untrusted
 * sources and finished analysing the enclosing function, its answer is more
 * exact: a call it never reached is dead code, and a sink of the same class
 * that no untrusted value reaches is not an injection. Where the file has no
 * source at all (a library, a script), the origin of the data is unknown and
 * the pattern check keeps reporting.
 */
import type { CheckContext } from '../analyze/check.js';
import type { Range } from '../ir/types.js';

/**
 * Why the engine clears the call at `at` for the given CWEs, or null when the
 * pattern check should report as usual.
 */
export function clearedByDataflow(ctx: CheckContext, at: { range: Range }, cwes: readonly number[]): string | null {
  let df: ReturnType<CheckContext['dataflow']>;
  try {
    df = ctx.dataflow();
  } catch {
    return null; // the engine failed: the pattern check stands on its own
  }
  if (df.sourceCount === 0) return null;
  const { line, col } = at.range;
  const inside = (r: Range) => (line > r.line || (line === r.line && col >= r.col)) && (line < r.endLine || (line === r.endLine && col <= r.endCol));
  if (df.incomplete.some((u) => inside(u.range))) return null;
  const key = `${line}:${col}`;
  if (!df.reachedCalls.has(key)) return 'unreachable (dead branch)';
  const sinks = df.sinks.filter((s) => s.range.line === line && s.range.col === col && cwes.includes(s.cwe));
  if (sinks.length === 0) return null;
  const reached = df.flows.some((f) => f.sink.range.line === line && f.sink.range.col === col && cwes.includes(f.cwe));
  return reached ? null : 'untrusted input in the file does not reach it';
}

/**
 * A context whose `report` first asks the engine: a finding the engine clears
 * becomes an examined site (with the reason) instead. For pattern checks of an
 * injection class that the taint specs also model.
 */
export function deferringToDataflow(ctx: CheckContext, cwes: readonly number[], scope: 'site' | 'file' = 'site'): CheckContext {
  return new DeferringContext(ctx, cwes, scope);
}

/**
 * Forwards everything to the check's own context but `report`. A class, not
 * `Object.create(ctx)`: making each check context a prototype costs V8 a
 * slow map change per check and file.
 */
class DeferringContext implements CheckContext {
  constructor(
    private readonly ctx: CheckContext,
    private readonly cwes: readonly number[],
    private readonly judged: 'site' | 'file',
  ) {}

  get module(): CheckContext['module'] {
    return this.ctx.module;
  }

  get source(): string {
    return this.ctx.source;
  }

  get scopes(): CheckContext['scopes'] {
    return this.ctx.scopes;
  }

  get ancestors(): CheckContext['ancestors'] {
    return this.ctx.ancestors;
  }

  get scope(): CheckContext['scope'] {
    return this.ctx.scope;
  }

  qualifiedName(e: Parameters<CheckContext['qualifiedName']>[0]): string | null {
    return this.ctx.qualifiedName(e);
  }

  constValue(e: Parameters<CheckContext['constValue']>[0]): ReturnType<CheckContext['constValue']> {
    return this.ctx.constValue(e);
  }

  report(at: { range: Range }, message: string, options?: Parameters<CheckContext['report']>[2]): void {
    const why = this.judged === 'file' ? fileJudgedByDataflow(this.ctx) : clearedByDataflow(this.ctx, at, this.cwes);
    if (why) this.ctx.examined(at, `dataflow: ${why}`);
    else this.ctx.report(at, message, options);
  }

  examined(at: { range: Range }, detail?: string): void {
    this.ctx.examined(at, detail);
  }

  dataflow(): ReturnType<CheckContext['dataflow']> {
    return this.ctx.dataflow();
  }
}

/**
 * For defects whose pattern finding sits on a different line than the flow
 * (an XML parser configured on one line, fed on another): in a file where the
 * engine saw untrusted sources and finished every function, the flow check
 * alone decides.
 */
function fileJudgedByDataflow(ctx: CheckContext): string | null {
  try {
    const df = ctx.dataflow();
    return df.sourceCount > 0 && df.incomplete.length === 0 ? 'judged by the flow check in a file with untrusted input' : null;
  } catch {
    return null;
  }
}
