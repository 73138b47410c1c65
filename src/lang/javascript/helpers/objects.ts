/**
 * Reading JavaScript option objects on the IR: `{ rejectUnauthorized: false }`
 * passed inline or through a constant (`const OPTS = {...}; f(OPTS)`), with
 * spreads taken into account (`{ ...DEFAULTS, secure: true }`).
 *
 * An option is reported as `unknown` whenever a spread after it (or a
 * computed key) could change it, so checks never guess.
 */
import type { CheckContext } from '../../../analyze/check.js';
import { constOf, followName } from '../../../analyze/local-value.js';
import type { CallExpr, DictExpr, Expr, LiteralValue } from '../../../ir/types.js';

/** The object literal an expression denotes: itself, or the literal a name is bound to once. */
export function objectOf(ctx: CheckContext, expr: Expr | null | undefined): DictExpr | null {
  if (!expr) return null;
  const e = followName(ctx, expr);
  return e.kind === 'dict' ? e : null;
}

export type OptionValue =
  /** The key is set; `value` is its expression (the last setting wins). */
  | { state: 'set'; value: Expr }
  /** The key is not set, and nothing (a spread, a computed key) could set it. */
  | { state: 'absent' }
  /** A spread or computed key might set it. */
  | { state: 'unknown' };

/** The value of `key` in an object literal, following spreads of other literals. */
export function option(ctx: CheckContext, obj: DictExpr, key: string, depth = 0): OptionValue {
  let result: OptionValue = { state: 'absent' };
  for (const e of obj.entries) {
    if (e.key === null) {
      const inner = depth < 4 ? objectOf(ctx, e.value) : null;
      if (!inner) {
        result = { state: 'unknown' };
        continue;
      }
      const v = option(ctx, inner, key, depth + 1);
      if (v.state !== 'absent') result = v;
      continue;
    }
    const k = ctx.constValue(e.key);
    if (k === undefined) result = result.state === 'set' ? result : { state: 'unknown' };
    else if (k === key) result = { state: 'set', value: e.value };
  }
  return result;
}

/** The constant value of an option, or undefined when it is absent, unknown or computed. */
export function optionConst(ctx: CheckContext, obj: DictExpr, key: string): LiteralValue | undefined {
  const v = option(ctx, obj, key);
  return v.state === 'set' ? constOf(ctx, v.value) : undefined;
}

/** The positional arguments of a call (spreads end the list: positions past them are unknown). */
export function positional(call: CallExpr): Expr[] {
  const out: Expr[] = [];
  for (const a of call.args) {
    if (a.spread) break;
    if (a.name === null) out.push(a.value);
  }
  return out;
}

/** `obj.method(...)`'s method name, whatever the receiver. */
export function methodName(call: CallExpr): string | null {
  return call.callee.kind === 'attribute' ? call.callee.attr : null;
}
