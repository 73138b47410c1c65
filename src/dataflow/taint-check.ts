/**
 * Builds a check that reports the dataflow engine's flows of some sink
 * classes: one finding per sink reached by untrusted data (on the sink's line,
 * with the flow's steps), and evidence for every sink of those classes that no
 * untrusted value reaches. Language-neutral: the classes are spec data.
 */
import { type Check, type CheckContext, type CheckMeta, defineCheck } from '../analyze/check.js';
import type { Scope } from '../analyze/scope.js';
import type { CallExpr } from '../ir/types.js';
import type { Flow } from './types.js';

export class DataflowIncomplete extends Error {
  override name = 'DataflowIncomplete';
}

export interface TaintCheckOptions {
  /** Sink classes (as named in the spec files) this check reports. */
  classes: readonly string[];
  /** The finding's message for a flow. */
  message(flow: Flow): string;
  /**
   * Optional: whether a flow is a finding, judged on the sink call (null for a non-call sink such as a
   * store) when the spec alone cannot say (e.g. how a parser passed to the call was configured).
   * A rejected flow's sink is recorded as examined with `rejected` as the detail.
   */
  keep?(flow: Flow, sink: SinkCall | null, ctx: CheckContext): boolean;
  rejected?: string;
}

/** A sink call and the scope it is written in. */
export interface SinkCall {
  call: CallExpr;
  scope: Scope;
  /** Every call of the module with its scope (to look for configuration calls near the sink). */
  all: ReadonlyArray<{ call: CallExpr; scope: Scope }>;
}

export function defineTaintCheck(meta: CheckMeta, options: TaintCheckOptions): Check {
  return defineCheck({
    meta,
    create(ctx) {
      const calls = new Map<string, { call: CallExpr; scope: Scope }>();
      const sinkCall = (flow: Flow): SinkCall | null => {
        const c = calls.get(siteKey(flow.sink.range));
        return c ? { ...c, all: [...calls.values()] } : null;
      };
      return {
        ...(options.keep
          ? {
              call(node: CallExpr) {
                calls.set(siteKey(node.range), { call: node, scope: ctx.scope });
              },
            }
          : {}),
        'module:exit'() {
          const df = ctx.dataflow();
          const reached = new Set<string>();
          for (const flow of df.flows) {
            if (!options.classes.includes(flow.class)) continue;
            if (options.keep && !options.keep(flow, sinkCall(flow), ctx)) continue;
            reached.add(siteKey(flow.sink.range));
            ctx.report(flow.sink, options.message(flow), { flow: flow.steps, ...(flow.cwe !== meta.cwe ? { cwe: flow.cwe } : {}) });
          }
          for (const site of df.sinks) {
            if (!options.classes.includes(site.class) || reached.has(siteKey(site.range))) continue;
            const rejected = options.keep && df.flows.some((f) => f.class === site.class && siteKey(f.sink.range) === siteKey(site.range));
            if (rejected) {
              ctx.examined(site, options.rejected ?? 'untrusted input reaches the sink, judged safe');
              continue;
            }
            ctx.examined(site, df.sourceCount === 0 ? 'no source of untrusted input in the file (0 sources found); sink' : 'untrusted input present but not reaching the sink');
          }
          if (df.incomplete.length) {
            const names = df.incomplete.map((u) => `${u.unit} (line ${u.range.line})`).join(', ');
            const why = [...new Set(df.incomplete.map((u) => u.reason))].join('; ');
            throw new DataflowIncomplete(`dataflow analysis did not finish ${names} (${why}); this file is partially analysed`);
          }
        },
      };
    },
  });
}

function siteKey(r: { line: number; col: number }): string {
  return `${r.line}:${r.col}`;
}

/** "Flask request data (line 12)" */
export function describeSource(flow: Flow): string {
  return `${flow.source.label} (line ${flow.source.range.line})`;
}
