/**
 * Abstract values of the dataflow interpreter.
 *
 * A value is: a constant (or unknown), a set of taints (where untrusted data
 * came from and the steps it went through, plus the vulnerability classes it
 * has been sanitized for), per-element values for containers indexed by a
 * constant key, what API/type the value denotes (`ref`, e.g. `flask.Flask()`)
 * and, for local functions and lambdas, which one.
 */
import type { LiteralValue, Range } from '../ir/types.js';

export interface Step {
  range: Range;
  note: string;
}

export interface Taint {
  /** Human label of the source, e.g. "Flask request.args". A parameter placeholder has `param` set. */
  label: string;
  /** Where the untrusted data entered. */
  range: Range;
  /** Set when this taint stands for "whatever the caller passes as parameter N" (summaries). */
  param?: number;
  /** With `param`: stands for the untrusted key the caller's argument was read with (its `keyTaint`), not its data. */
  viaKey?: boolean;
  /** Vulnerability classes this data was sanitized for (sorted). */
  sanitized: readonly string[];
  steps: readonly Step[];
}

export interface Value {
  /** Present when the value is a known constant (None is null). */
  const?: LiteralValue;
  taint: readonly Taint[];
  /** Set for lists, tuples, sets and dicts built in the code. */
  container?: 'list' | 'tuple' | 'set' | 'dict' | 'unknown';
  /** Elements at constant keys (see keyOf). */
  elems?: ReadonlyMap<string, Value>;
  /** Elements at unknown keys, appended elements, and everything when the shape is not tracked. */
  rest?: Value;
  /** The qualified API name or instance type this value denotes. */
  ref?: string;
  /** A local function or lambda (unit id). */
  fn?: number;
  /** Classes this value is in canonical form for (the result of e.g. `os.path.realpath`). */
  canon?: readonly string[];
  /** This value (or, with `attrs`, those attributes of it) is a view of the variable `of` (see ViewRef). */
  view?: ViewRef;
  /** A truth value computed by the condition `test` (`ok = validator(x)`): see CondRef. */
  cond?: CondRef;
  /**
   * This value was read from an object with an untrusted key (`o[k]`): the key's taints. A write into it
   * (`o[k].p = v`, also through a variable holding it) is a computed-key store (prototype pollution).
   */
  keyTaint?: readonly Taint[];
}

/**
 * A part of another value that decides its safety: `urlparse(url).hostname` for `url`. `base` is the value
 * `of` held when the view was taken; an allow-list check on the view cleans `of` only while it still holds it.
 */
export interface ViewRef {
  of: string;
  base: Value;
  classes: readonly string[];
  /** Set on the parsed object: reading one of these attributes gives the view itself. */
  attrs?: readonly string[];
}

/** A stored condition: testing the value refines like testing `test`, while the paths it read still hold `paths`. */
export interface CondRef {
  test: import('../ir/types.js').Expr;
  paths: ReadonlyMap<string, Value | undefined>;
}

export const MAX_TAINTS = 8;
export const MAX_STEPS = 12;
export const MAX_ELEMS = 32;

export const UNKNOWN: Value = { taint: [] };

const NO_ELEMENTS: ReadonlyMap<string, Value> = new Map();

export function constant(v: LiteralValue): Value {
  return { const: v, taint: [] };
}

export function hasConst(v: Value): boolean {
  // Cheaper than `'const' in v`; no value holds an explicit `const: undefined`.
  return v.const !== undefined;
}

export function keyOf(c: LiteralValue): string {
  return `${typeof c}:${String(c)}`;
}

export function taintKey(t: Taint): string {
  return `${t.param ?? ''}|${t.label}|${t.range.line}:${t.range.col}|${t.sanitized.join(',')}`;
}

/** Union of taint lists, deduplicated by source and sanitization; keeps the first steps seen; bounded. */
export function unionTaint(a: readonly Taint[], b: readonly Taint[]): readonly Taint[] {
  if (b.length === 0 || a === b) return a;
  if (a.length === 0) return b;
  // The common case in a fixpoint: b adds nothing (the same taint objects flow along both paths).
  if (includesAll(a, b)) return a;
  const seen = new Set(a.map(taintKey));
  let out: Taint[] | null = null;
  for (const t of b) {
    const k = taintKey(t);
    if (seen.has(k)) continue;
    seen.add(k);
    out ??= [...a];
    if (out.length >= MAX_TAINTS) break;
    out.push(t);
  }
  return out ?? a;
}

/** Whether every taint of `b` is, as an object, one of `a`'s (lists are at most MAX_TAINTS long). */
function includesAll(a: readonly Taint[], b: readonly Taint[]): boolean {
  for (const t of b) if (!a.includes(t)) return false;
  return true;
}

/** All taint carried by a value, its elements included. */
export function allTaint(v: Value, depth = 0): readonly Taint[] {
  let t = v.taint;
  if (depth > 4) return t;
  if (v.elems) for (const e of v.elems.values()) t = unionTaint(t, allTaint(e, depth + 1));
  if (v.rest) t = unionTaint(t, allTaint(v.rest, depth + 1));
  return t;
}

export function withSteps(taints: readonly Taint[], step: Step): readonly Taint[] {
  return taints.map((t) => addStep(t, step));
}

export function addStep(t: Taint, step: Step): Taint {
  const last = t.steps[t.steps.length - 1];
  if (last && last.range.line === step.range.line && last.note === step.note) return t;
  let steps = [...t.steps, step];
  if (steps.length > MAX_STEPS) steps = [...steps.slice(0, 2), ...steps.slice(steps.length - (MAX_STEPS - 2))];
  return { ...t, steps };
}

export function sanitize(taints: readonly Taint[], classes: readonly string[]): readonly Taint[] {
  if (classes.includes('all')) return [];
  return taints.map((t) => {
    const s = [...new Set([...t.sanitized, ...classes])].sort();
    return s.length === t.sanitized.length ? t : { ...t, sanitized: s };
  });
}

/** Taints that are still dangerous for a sink of `cls`. */
export function liveFor(taints: readonly Taint[], cls: string): Taint[] {
  return taints.filter((t) => !t.sanitized.includes(cls));
}

/** Value of an element at an unknown position: every element, plus the container's own taint. */
export function anyElement(v: Value): Value {
  if (!v.container && !v.elems && !v.rest) return { taint: v.taint };
  let out: Value | null = null;
  for (const e of v.elems?.values() ?? []) out = out ? join(out, e) : e;
  if (v.rest) out = out ? join(out, v.rest) : v.rest;
  out ??= UNKNOWN;
  return v.taint.length ? { ...out, taint: unionTaint(out.taint, v.taint) } : out;
}

/** Value at constant key `key` of a container; unknown containers give their whole taint. */
export function elementAt(v: Value, key: string): Value {
  const e = v.elems?.get(key);
  if (v.container) {
    let out: Value = e ?? { taint: [] };
    if (v.rest) out = e ? join(out, v.rest) : v.rest;
    return v.taint.length ? { ...out, taint: unionTaint(out.taint, v.taint) } : out;
  }
  return anyElement(v);
}

export function makeSequence(type: 'list' | 'tuple' | 'set', elems: Value[], rest?: Value): Value {
  const m = new Map<string, Value>();
  // Past MAX_ELEMS, elements are only tracked together (big literal tables stay cheap).
  elems.slice(0, MAX_ELEMS).forEach((e, i) => void m.set(keyOf(i), e));
  for (let i = MAX_ELEMS; i < elems.length; i++) rest = rest ? join(rest, elems[i]!) : elems[i]!;
  return rest ? { taint: [], container: type, elems: m, rest } : { taint: [], container: type, elems: m };
}

function sameConst(a: Value, b: Value): boolean {
  return hasConst(a) && hasConst(b) && a.const === b.const;
}

export function join(a: Value, b: Value): Value {
  if (a === b) return a;
  const out: { -readonly [K in keyof Value]: Value[K] } = { taint: unionTaint(a.taint, b.taint) };
  if (sameConst(a, b)) out.const = a.const;
  if (a.container || b.container) {
    out.container = a.container === b.container ? a.container : 'unknown';
    if (a.elems || b.elems) {
      const m = new Map<string, Value>();
      const keys = new Set([...(a.elems?.keys() ?? []), ...(b.elems?.keys() ?? [])]);
      for (const k of keys) {
        const x = a.elems?.get(k) ?? (a.container ? (a.rest ?? UNKNOWN) : anyElement(a));
        const y = b.elems?.get(k) ?? (b.container ? (b.rest ?? UNKNOWN) : anyElement(b));
        m.set(k, join(x, y));
      }
      out.elems = m;
    }
    if (a.rest || b.rest) out.rest = join(a.rest ?? UNKNOWN, b.rest ?? UNKNOWN);
    // Lists of different known lengths: the length is no longer known (an empty `rest` says so).
    else if (a.container === 'list' && b.container === 'list' && !sameKeys(a.elems, b.elems)) out.rest = UNKNOWN;
    if (out.elems && out.elems.size > MAX_ELEMS) {
      out.rest = anyElement(out as Value);
      delete out.elems;
    }
  }
  if (a.ref && a.ref === b.ref) out.ref = a.ref;
  if (a.fn !== undefined && a.fn === b.fn) out.fn = a.fn;
  if (a.canon && b.canon) {
    const c = a.canon.filter((x) => b.canon!.includes(x));
    if (c.length) out.canon = c;
  }
  if (a.view && a.view === b.view) out.view = a.view;
  if (a.cond && a.cond === b.cond) out.cond = a.cond;
  if (a.keyTaint || b.keyTaint) out.keyTaint = unionTaint(a.keyTaint ?? [], b.keyTaint ?? []);
  return out;
}

function sameKeys(a: ReadonlyMap<string, Value> | undefined, b: ReadonlyMap<string, Value> | undefined): boolean {
  if ((a?.size ?? 0) !== (b?.size ?? 0)) return false;
  for (const k of a?.keys() ?? []) if (!b!.has(k)) return false;
  return true;
}

/** Drops constants (used to force loops to a fixpoint). */
export function widen(v: Value, depth = 0): Value {
  if (!hasConst(v) && !v.elems && !v.rest && !v.view && !v.cond) return v;
  const out: { -readonly [K in keyof Value]: Value[K] } = { ...v };
  delete out.const;
  // Views and stored conditions name other values by identity: dropped so loops settle.
  delete out.view;
  delete out.cond;
  if (depth > 3) {
    if (v.elems || v.rest) {
      out.taint = allTaint(v);
      delete out.elems;
      delete out.rest;
    }
    return out;
  }
  if (v.elems) {
    const m = new Map<string, Value>();
    for (const [k, e] of v.elems) m.set(k, widen(e, depth + 1));
    out.elems = m;
  }
  if (v.rest) out.rest = widen(v.rest, depth + 1);
  return out;
}

export function sameTaint(a: readonly Taint[], b: readonly Taint[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (includesAll(a, b)) return true;
  const ka = new Set(a.map(taintKey));
  return b.every((t) => ka.has(taintKey(t)));
}

function sameStrings(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((s, i) => s === y[i]);
}

export function equalValue(a: Value, b: Value, depth = 0): boolean {
  if (a === b) return true;
  if (hasConst(a) !== hasConst(b) || (hasConst(a) && a.const !== b.const)) return false;
  if (a.container !== b.container || a.ref !== b.ref || a.fn !== b.fn) return false;
  if (a.view !== b.view || a.cond !== b.cond || !sameStrings(a.canon, b.canon)) return false;
  if (!sameTaint(a.taint, b.taint)) return false;
  if ((a.keyTaint || b.keyTaint) && !sameTaint(a.keyTaint ?? [], b.keyTaint ?? [])) return false;
  if (depth > 5) return true;
  if ((a.rest === undefined) !== (b.rest === undefined)) return false;
  if (a.rest && b.rest && !equalValue(a.rest, b.rest, depth + 1)) return false;
  const ea = a.elems ?? NO_ELEMENTS;
  const eb = b.elems ?? NO_ELEMENTS;
  if (ea.size !== eb.size) return false;
  if (ea.size === 0) return true;
  for (const [k, v] of ea) {
    const w = eb.get(k);
    if (!w || !equalValue(v, w, depth + 1)) return false;
  }
  return true;
}

/** A constant, fully known collection (or constant string): an allow-list. */
export function isConstantCollection(v: Value): boolean {
  if (typeof v.const === 'string') return true;
  if (!v.container || v.container === 'unknown' || v.rest || v.taint.length) return false;
  for (const e of v.elems?.values() ?? []) if (!hasConst(e) || e.taint.length) return false;
  return true;
}

// ------------------------------------------------------------------ environments

/** Variable name (or access path such as `self.cmd`) → value. */
export type Env = Map<string, Value>;

/**
 * A copy of an environment. `new Map(env)` goes through the iterator
 * protocol, which in code V8 has not optimised allocates an entry pair and a
 * result object per variable; the interpreter copies an environment on every
 * block visit, and those allocations were a tenth of a review's garbage.
 */
export function copyEnv(env: Env): Env {
  const out: Env = new Map();
  env.forEach(copyEntry, out);
  return out;
}

function copyEntry(this: Env, v: Value, k: string): void {
  this.set(k, v);
}

/**
 * Joins `incoming` into `current` (and, with `widening`, drops constants from
 * the result, as `widenEnv` does): null when that changes nothing, otherwise
 * the new environment. The same as `joinEnv` (then `widenEnv`) followed by
 * `equalEnv`, without building anything when nothing changes, the usual case
 * once a loop settles; unchanged entries keep their values, so later joins
 * find them identical.
 */
export function joinEnvInto(current: Env, incoming: Env, fallback: (name: string) => Value, widening: boolean): Env | null {
  let out: Env | null = null;
  const update = (k: string, v: Value | undefined, j: Value) => {
    if (widening) j = widen(j);
    if (v !== undefined && (j === v || equalValue(j, v))) return;
    out ??= copyEnv(current);
    out.set(k, j);
  };
  // forEach, not for-of: no entry pair or iterator result per variable while V8 runs this unoptimised.
  incoming.forEach((w, k) => {
    const v = current.get(k);
    if (v === w && !widening) return;
    update(k, v, v !== undefined ? join(v, w) : join(fallback(k), w));
  });
  current.forEach((v, k) => {
    if (!incoming.has(k)) update(k, v, join(v, fallback(k)));
  });
  return out;
}

export function widenEnv(e: Env): Env {
  const out: Env = new Map();
  for (const [k, v] of e) out.set(k, widen(v));
  return out;
}
