/**
 * The abstract interpreter: runs one unit's CFG to a fixpoint over abstract
 * values (constants, taint, container elements), with a bounded number of
 * visits per block (after a few, constants are widened away so loops settle)
 * and a bounded amount of work per unit (DataflowBudgetExceeded).
 *
 * Language knowledge comes only from the TaintSpec (sources, sinks,
 * sanitizers, propagators, container methods, conventions) and from the scope
 * analysis (qualified names).
 *
 * The loops that run per block, statement, call or argument are indexed: a
 * review is short, so much of this code runs before V8 optimises it (see
 * src/engine/v8-tuning.ts), and until then a for-of loop allocates an
 * iterator result per element.
 */
import { argument } from '../analyze/check.js';
import type { Arg, CallExpr, ClassDef, Expr, LiteralExpr, LiteralValue, MatchCase, Range, Stmt } from '../ir/types.js';
import { foldConstant, truthy } from '../analyze/constants.js';
import type { Scope } from '../analyze/scope.js';
import type { Cfg, CfgItem, Edge } from './cfg.js';
import type { ArgRefSpec, GuardSpec, SinkSpec, SourceInfo, TaintSpec } from './spec.js';
import type { Flow, SinkSite, Summary, Unit } from './types.js';
import {
  type CondRef,
  type Env,
  MAX_ELEMS,
  type Taint,
  type Value,
  UNKNOWN,
  addStep,
  allTaint,
  anyElement,
  constant,
  copyEnv,
  elementAt,
  hasConst,
  isConstantCollection,
  join,
  joinEnvInto,
  keyOf,
  liveFor,
  makeSequence,
  sanitize,
  unionTaint,
  widenEnv,
  withSteps,
} from './values.js';

export class DataflowBudgetExceeded extends Error {
  override name = 'DataflowBudgetExceeded';
}

export function timeBudgetExceeded(): DataflowBudgetExceeded {
  return new DataflowBudgetExceeded('the file\'s time budget ran out');
}

export const LIMITS = {
  /** Visits of one block before constants are widened away. */
  widenAfter: 3,
  /** Visits of one block after which it is no longer revisited. */
  maxVisits: 40,
  /** Expression evaluations per unit. */
  maxEvals: 200_000,
};

/** What the interpreter needs from the module-wide engine. */
export interface UnitHost {
  readonly spec: TaintSpec;
  /** performance.now() after which the file's time budget is spent (Infinity for none). */
  readonly deadline: number;
  /** Qualified name of a name as seen from `scope` (imports, builtins); null when local. */
  resolveName(id: string, scope: Scope): string | null;
  /** The module a module-loading call (`require('fs')`) loads, or null for any other call. */
  loadedModule(call: CallExpr, scope: Scope): string | null;
  /** How `id` is bound as seen from `scope`: local to the unit, global (module), enclosing, or unbound. */
  lookupFree(id: string, unit: Unit): Value;
  /** The unit a call to a name resolves to (a local def or lambda). */
  functionNamed(id: string, unit: Unit): number | null;
  /** The method `name` of `unit`'s class, when `unit` is a method. */
  methodNamed(unit: Unit, name: string): number | null;
  /** The method `name` of the local class whose instance `ref` denotes (`#class@…()`). */
  methodOf(ref: string, name: string): number | null;
  unit(id: number): Unit;
  summaryOf(caller: number, callee: number): Summary;
  noteSource(range: Range): void;
  noteSink(site: SinkSite): void;
  /** A call the interpreter evaluated: live code (calls never noted in a finished unit are dead). */
  noteCall(range: Range): void;
  /** What the methods of `cls` store in the field `attr` of their receiver (constants and real taints). */
  fieldValue(cls: ClassDef, attr: string, reader: number): Value | undefined;
  /** A store into a receiver field; parameter taints of a constructor are kept for its call sites. */
  noteField(cls: ClassDef, attr: string, value: Value, from: Unit): void;
  /** A construction of a local class: its constructor's parameter taints stored in fields become real. */
  noteConstruction(classRef: string, args: ReadonlyArray<{ arg: Arg; value: Value }>): void;
  /** A variable of an enclosing unit, as a nested function or lambda sees it. */
  noteCapture(inner: number, name: string, value: Value): void;
  /** The identifiers a unit's code (nested units included) mentions: the only variables it can capture. */
  namesUsedIn(unit: number): ReadonlySet<string>;
}

export interface UnitOutcome {
  summary: Summary;
  flows: Flow[];
}

type MutableEnv = Env;

interface State {
  env: MutableEnv;
}

const NONE_VALUE = constant(null);

export class UnitInterpreter {
  private evals = 0;
  private ret: Value | null = null;
  private readonly flows = new Map<string, Flow>();
  private readonly paramSinks = new Map<string, { taint: Taint; site: SinkSite }>();
  private quiet = 0;
  private readonly receiverName: string | null;
  private entry: Env | null = null;

  constructor(
    private readonly host: UnitHost,
    private readonly unit: Unit,
    private readonly cfg: Cfg,
  ) {
    // The receiver: the first parameter (Python's self), or `this` in a method of a language that passes it implicitly.
    this.receiverName = unit.receiver
      ? (unit.params[0]?.name ?? null)
      : unit.classDef && host.spec.language.methodReceiver === 'implicit'
        ? 'this'
        : null;
  }

  run(): UnitOutcome {
    const n = this.cfg.blocks.length;
    const ins: Array<Env | null> = new Array(n).fill(null);
    const visits = new Array<number>(n).fill(0);
    this.entry = this.entryEnv();
    ins[this.cfg.entry] = this.entry;
    const work: number[] = [this.cfg.entry];
    const queued = new Set<number>(work);
    const fallback = (name: string) => this.free(name);
    while (work.length) {
      // Lowest block id first (the list is kept sorted): roughly source order, so loops settle before what follows them.
      const id = work.shift()!;
      queued.delete(id);
      visits[id]!++;
      if (visits[id]! > LIMITS.maxVisits) continue;
      const block = this.cfg.blocks[id]!;
      const st: State = { env: copyEnv(ins[id]!) };
      for (let itemIndex = 0, itemList = block.items; itemIndex < itemList.length; itemIndex++) {
        const item = itemList[itemIndex]!;
        this.exec(item, st);
      }
      for (let edgeIndex = 0, edgeList = block.succs; edgeIndex < edgeList.length; edgeIndex++) {
        const edge = edgeList[edgeIndex]!;
        const out = this.transfer(edge, st.env);
        if (!out) continue;
        const cur = ins[edge.to];
        const widening = visits[edge.to]! >= LIMITS.widenAfter;
        let next: Env;
        if (cur) {
          const joined = joinEnvInto(cur, out, fallback, widening);
          if (!joined) continue;
          next = joined;
        } else {
          next = widening ? widenEnv(out) : out;
        }
        ins[edge.to] = next;
        if (!queued.has(edge.to)) {
          queued.add(edge.to);
          insertSorted(work, edge.to);
        }
      }
    }
    const ret = this.ret ?? NONE_VALUE;
    const summary: Summary = {
      returns: allTaint(ret),
      ...(hasConst(ret) && !allTaint(ret).length ? { returnConst: { value: ret.const! } } : {}),
      sinks: [...this.paramSinks.values()],
    };
    return { summary, flows: [...this.flows.values()] };
  }

  // ------------------------------------------------------------------ entry

  private entryEnv(): Env {
    const env: Env = new Map();
    const entry = this.unit.entry;
    this.unit.params.forEach((p, i) => {
      let taint: Taint[] = [{ label: `parameter ${p.name}`, range: p.range, param: i, sanitized: [], steps: [] }];
      const label = entry?.tainted.get(i);
      if (label) {
        taint = [...taint, { label, range: p.range, sanitized: [], steps: [] }];
        this.host.noteSource(p.range);
      }
      const ref = entry?.types.get(i);
      let v: Value = ref ? { taint, ref } : { taint };
      // The object a caller passes may itself have been read with an untrusted key (a recursive merge).
      if (this.host.spec.keyStores.length && p.type === 'normal') {
        v = { ...v, keyTaint: [{ label: `key of parameter ${p.name}`, range: p.range, param: i, viaKey: true, sanitized: [], steps: [] }] };
      }
      env.set(p.name, p.type === 'normal' ? v : { taint: v.taint, container: p.type === 'list' ? 'tuple' : 'dict', rest: { taint: v.taint } });
    });
    return env;
  }

  /** A name not assigned (yet) in this unit. */
  private free(name: string): Value {
    if (name.includes('.') || name.startsWith('#')) {
      const dot = name.lastIndexOf('.');
      if (dot <= 0) return UNKNOWN;
      const basePath = name.slice(0, dot);
      // A field of the receiver: what the class's methods store there.
      if (basePath === this.receiverName && this.unit.classDef) {
        const f = this.host.fieldValue(this.unit.classDef, name.slice(dot + 1), this.unit.id);
        if (f) return f;
      }
      // Otherwise an access path like obj.attr: its base's taint.
      return { taint: allTaint(this.entry?.get(basePath) ?? this.lookupPath(basePath)) };
    }
    return this.host.lookupFree(name, this.unit);
  }

  private lookupPath(path: string, env?: Env): Value {
    return env?.get(path) ?? this.free(path);
  }

  // ------------------------------------------------------------------ statements

  private exec(item: CfgItem, st: State): void {
    switch (item.kind) {
      case 'stmt':
        this.execStmt(item.stmt, st);
        return;
      case 'test':
      case 'subject':
        this.eval(item.expr, st);
        return;
      case 'iter':
        st.env.set(iterKey(item.expr.range), this.eval(item.expr, st));
        return;
      case 'next': {
        const it = st.env.get(iterKey(item.iter.range)) ?? this.eval(item.iter, st);
        this.assign(item.target, anyElement(it), st, item.range);
        return;
      }
      case 'with': {
        const v = this.eval(item.item.context, st);
        if (item.item.target) this.assign(item.item.target, v, st, item.item.range);
        return;
      }
      case 'except':
        if (item.handler.name) st.env.set(item.handler.name, UNKNOWN);
        return;
      case 'case':
        this.bindPatterns(item.case, item.subject, this.quietEval(item.subject, st), st);
        return;
    }
  }

  private execStmt(s: Stmt, st: State): void {
    switch (s.kind) {
      case 'expr':
        this.eval(s.expr, st);
        return;
      case 'assign': {
        if (!s.value) return;
        const cond = s.op === null && s.targets.length === 1 && s.targets[0]!.kind === 'name' ? this.condOf(s.value, st.env) : null;
        let v = this.eval(s.value, st);
        if (s.op !== null && s.targets[0]) v = this.binary(s.op, this.quietEval(s.targets[0], st), v);
        if (cond && !hasConst(v)) v = { ...v, cond };
        for (let tIndex = 0, tList = s.targets; tIndex < tList.length; tIndex++) {
          const t = tList[tIndex]!;
          this.assign(t, v, st, s.range);
        }
        return;
      }
      case 'return': {
        const v = s.value ? this.eval(s.value, st) : NONE_VALUE;
        this.ret = this.ret ? join(this.ret, v) : v;
        this.returnSinks(v, s.range);
        return;
      }
      case 'raise':
        if (s.exc) this.eval(s.exc, st);
        if (s.cause) this.eval(s.cause, st);
        return;
      case 'assert':
        this.eval(s.test, st);
        this.refine(s.test, true, st.env);
        return;
      case 'delete':
        for (let tIndex = 0, tList = s.targets; tIndex < tList.length; tIndex++) {
          const t = tList[tIndex]!;
          const p = pathOf(t);
          if (p) st.env.set(p, UNKNOWN);
          // `del xs[i]` shifts the elements after i: a list's positions are no longer known.
          const q = t.kind === 'index' ? pathOf(t.object) : null;
          if (q) st.env.set(q, unorder(this.lookupPath(q, st.env)));
        }
        return;
      case 'function': {
        for (const d of s.decorators) {
          this.eval(d, st);
        }
        const id = this.host.functionNamed(s.name, this.unit);
        if (id !== null) this.capture(id, st);
        st.env.set(s.name, id !== null ? { taint: [], fn: id } : UNKNOWN);
        return;
      }
      case 'class':
        st.env.set(s.name, UNKNOWN);
        return;
      default:
        return;
    }
  }

  private returnSinks(v: Value, range: Range): void {
    const entry = this.unit.entry;
    if (!entry) return;
    for (const rs of this.host.spec.returnSinks) {
      if (!rs.entrypoints.includes(entry.kind)) continue;
      let body = v;
      if (v.container === 'tuple' && rs.tupleElement !== undefined) body = elementAt(v, keyOf(rs.tupleElement));
      if (body.container) continue; // serialised data (JSON), not markup
      const site: SinkSite = { range, class: rs.class, cwe: rs.cwe, api: rs.label ?? `value returned by a ${entry.kind} handler` };
      this.sink(site, allTaint(body));
    }
  }

  private bindPatterns(c: MatchCase, subjectExpr: Expr, subject: Value, st: State): void {
    const bind = (p: Expr, v: Value) => {
      if (p.kind === 'name' && p.id !== '_') this.assign(p, v, st, p.range);
      else if (p.kind === 'sequence') p.elements.forEach((e, i) => void bind(e, elementAt(v, keyOf(i))));
      else if (p.kind === 'starred') bind(p.value, { ...anyElement(v), container: 'list' });
      else if (p.kind === 'unknown') for (const ch of p.children) if (ch.kind === 'name') bind(ch, v);
    };
    for (const p of c.patterns) bind(p, subject);
    // A single literal pattern pins a name subject to that constant.
    const lit = c.patterns.length === 1 ? this.patternConst(c.patterns[0]!, st) : undefined;
    const path = pathOf(subjectExpr);
    if (lit !== undefined && path) st.env.set(path, constant(lit));
  }

  private patternConst(p: Expr, st: State): LiteralValue | undefined {
    if (p.kind === 'literal' || p.kind === 'unary' || p.kind === 'attribute' || p.kind === 'binary') {
      const v = this.quietEval(p, st);
      return hasConst(v) ? v.const : undefined;
    }
    return undefined;
  }

  // ------------------------------------------------------------------ assignment

  private assign(target: Expr, value: Value, st: State, range: Range): void {
    switch (target.kind) {
      case 'name': {
        const v = value.taint.length ? { ...value, taint: withSteps(value.taint, { range, note: `assigned to ${target.id}` }) } : value;
        for (const k of [...st.env.keys()]) if (k.startsWith(`${target.id}.`)) st.env.delete(k);
        st.env.set(target.id, v);
        return;
      }
      case 'attribute': {
        this.attrStoreSinks(target, value, st, range);
        this.keyStoreSinks(target.object, st, range);
        const p = pathOf(target);
        if (!p) {
          this.eval(target.object, st);
          return;
        }
        const v = value.taint.length ? { ...value, taint: withSteps(value.taint, { range, note: `stored in ${p}` }) } : value;
        for (const k of [...st.env.keys()]) if (k.startsWith(`${p}.`)) st.env.delete(k);
        st.env.set(p, v);
        if (this.host.spec.language.attributesAreKeys) {
          // `o.k = v` is `o['k'] = v`: the object's own value gets the key too (it may be passed on whole).
          const bp = pathOf(target.object);
          const cur = bp ? this.lookupPath(bp, st.env) : undefined;
          if (bp && cur?.container === 'dict') st.env.set(bp, storeElement(cur, keyOf(target.attr), v));
          else if (bp && cur && !cur.ref && !cur.fn && v.taint.length) st.env.set(bp, { ...cur, taint: unionTaint(cur.taint, v.taint) });
        }
        if (target.object.kind === 'name' && target.object.id === this.receiverName && this.unit.classDef && !this.quiet) {
          this.host.noteField(this.unit.classDef, target.attr, v, this.unit);
        }
        return;
      }
      case 'index': {
        this.storeSinks(target.object, value, st, range);
        this.keyStoreSinks(target.object, st, range);
        const p = pathOf(target.object);
        const key = this.eval(target.index, st);
        if (!p) {
          this.eval(target.object, st);
          return;
        }
        const cur = this.lookupPath(p, st.env);
        const v = value.taint.length ? { ...value, taint: withSteps(value.taint, { range, note: `stored in ${p}[…]` }) } : value;
        st.env.set(p, storeElement(cur, hasConst(key) && target.index.kind !== 'slice' ? keyOf(key.const!) : null, v));
        return;
      }
      case 'sequence': {
        const starAt = target.elements.findIndex((e) => e.kind === 'starred');
        target.elements.forEach((e, i) => {
          if (e.kind === 'starred') this.assign(e.value, { taint: [], container: 'list', rest: anyElement(value) }, st, range);
          else if (starAt >= 0 && i > starAt) this.assign(e, anyElement(value), st, range);
          else this.assign(e, elementAt(value, keyOf(i)), st, range);
        });
        return;
      }
      case 'starred':
        this.assign(target.value, { taint: [], container: 'list', rest: anyElement(value) }, st, range);
        return;
      default:
        this.eval(target, st);
    }
  }

  /** `obj[key] = value` where the spec names `obj` as a store sink (e.g. a session). */
  private storeSinks(object: Expr, value: Value, st: State, range: Range): void {
    const stores = this.host.spec.stores;
    if (this.quiet || stores.size === 0) return;
    const ref = this.quietEval(object, st).ref;
    if (!ref) return;
    for (const s of stores.match(ref)) {
      const site: SinkSite = { range, class: s.class, cwe: s.cwe, api: s.label ?? `${ref.replace(/^\?\./, '…')}[…]` };
      this.sink(site, allTaint(value));
    }
  }

  /** `el.innerHTML = value`, `location.href = value`: attribute-assignment sinks for the value. */
  private attrStoreSinks(target: Extract<Expr, { kind: 'attribute' }>, value: Value, st: State, range: Range): void {
    const stores = this.host.spec.attrStores;
    if (this.quiet || stores.size === 0) return;
    const matched = stores.match(target.attr);
    if (!matched.length) return;
    const ref = this.quietEval(target.object, st).ref;
    for (const s of matched) {
      if (s.object && !(ref && s.object.some((o) => o === ref))) continue;
      const site: SinkSite = { range, class: s.class, cwe: s.cwe, api: s.label ?? `${ref ? ref.replace(/^\?\./, '…') : '…'}.${target.attr} = …` };
      this.sink(site, allTaint(value));
    }
  }

  /** An object the spec says has no prototype to reach (`Object.create(null)`), or its elements. */
  private prototypeFree(obj: Value): boolean {
    const safe = (v: Value) => v.ref !== undefined && this.host.spec.keyStores.some((s) => s.unlessObject?.includes(v.ref!));
    if (safe(obj)) return true;
    // A table of such objects: `flags[name] = Object.create(null)` for every name.
    const elems = [...(obj.elems?.values() ?? []), ...(obj.rest ? [obj.rest] : [])];
    return elems.length > 0 && elems.every(safe);
  }

  /** `obj[k1][k2] = v`, `obj[k1].p = v`: a write through a member read with an untrusted key `k1`. */
  private keyStoreSinks(object: Expr, st: State, range: Range): void {
    const stores = this.host.spec.keyStores;
    if (this.quiet || stores.length === 0) return;
    let taints: readonly Taint[];
    if (object.kind === 'index') {
      const key = this.quietEval(object.index, st);
      if (hasConst(key) && !key.taint.length) return;
      if (this.prototypeFree(this.quietEval(object.object, st))) return;
      taints = allTaint(key);
    } else {
      // `const bucket = o[k]; bucket.p = v`: the object was read with an untrusted key.
      const p = pathOf(object);
      const held = p ? st.env.get(p) : undefined;
      if (!held?.keyTaint?.length) return;
      taints = held.keyTaint;
    }
    for (const s of stores) {
      const site: SinkSite = { range, class: s.class, cwe: s.cwe, api: s.label ?? 'a write through a computed property' };
      this.sink(site, taints);
    }
  }

  // ------------------------------------------------------------------ edges

  private transfer(edge: Edge, env: Env): Env | null {
    const g = edge.guard;
    if (!g) return env;
    const qs: State = { env };
    if (g.kind === 'cond') {
      const v = this.quietEval(g.expr, qs);
      if (hasConst(v)) return truthy(v.const!) === g.sense ? env : null;
      const out = copyEnv(env);
      this.refine(g.expr, g.sense, out);
      return out;
    }
    // match case
    const subject = this.quietEval(g.subject, qs);
    let irrefutable = false;
    let anyEqual = false;
    let allDiffer = hasConst(subject);
    for (const p of g.case.patterns) {
      if (p.kind === 'name') {
        irrefutable = true;
        allDiffer = false;
        continue;
      }
      const c = this.patternConst(p, qs);
      if (c === undefined) {
        allDiffer = false;
        continue;
      }
      if (hasConst(subject) && subject.const === c) {
        anyEqual = true;
        allDiffer = false;
      }
    }
    if (g.sense) return !irrefutable && allDiffer ? null : env;
    if (irrefutable || anyEqual) return null;
    return env;
  }

  /**
   * Narrows values on a branch: allow-list membership and equality with a constant (also on a view such
   * as `urlparse(url).hostname`, which then cleans `url`), validator calls (guards), and variables holding
   * the result of such a test (`ok = validator(x)`; `if ok:`).
   */
  private refine(test: Expr, sense: boolean, env: Env, depth = 0): void {
    if (test.kind === 'unary' && (test.op === 'not' || test.op === '!')) {
      this.refine(test.operand, !sense, env, depth);
      return;
    }
    if (test.kind === 'logical') {
      if ((test.op === 'and' && sense) || (test.op === 'or' && !sense)) for (const v of test.values) this.refine(v, sense, env, depth);
      return;
    }
    if (test.kind === 'call') {
      if (sense) this.guardCall(test, env, null);
      else this.excludeByCall(test, env);
      return;
    }
    if (test.kind === 'name' || test.kind === 'attribute') {
      const p = pathOf(test);
      const cond = p ? env.get(p)?.cond : undefined;
      if (cond && depth < 4 && [...cond.paths].every(([k, v]) => env.get(k) === v)) this.refine(cond.test, sense, env, depth + 1);
      return;
    }
    if (test.kind !== 'compare' || test.ops.length !== 1) return;
    const op = test.ops[0]!;
    const right = test.comparators[0]!;
    const qs: State = { env };
    if ((op === 'in' && sense) || (op === 'not in' && !sense)) {
      const coll = this.quietEval(right, qs);
      if (!isConstantCollection(coll)) return;
      const p = pathOf(test.left);
      const view = this.quietEval(test.left, qs).view;
      if (view && !view.attrs && isNonEmptyStrings(coll)) this.cleanView(view, env, test.left);
      if (!p) return;
      const only = coll.elems?.size === 1 ? [...coll.elems.values()][0]! : null;
      env.set(p, only && hasConst(only) ? constant(only.const!) : { taint: [] });
      return;
    }
    const eq = ((op === '==' || op === '===') && sense) || ((op === '!=' || op === '!==') && !sense);
    if (!eq) {
      // Known to differ from a constant: one step of a deny-list (`k !== '__proto__'`).
      const neq = ((op === '!=' || op === '!==') && sense) || ((op === '==' || op === '===') && !sense);
      if (!neq) return;
      for (const [side, other] of [
        [test.left, right],
        [right, test.left],
      ] as const) {
        const c = this.quietEval(other, qs).const;
        const p = pathOf(side);
        if (p && typeof c === 'string') this.exclude(p, [c], env);
      }
      return;
    }
    for (const [side, other] of [
      [test.left, right],
      [right, test.left],
    ] as const) {
      // `typeof x === 'string'`: a primitive, safe for the classes that fear structured values.
      if (side.kind === 'unary' && side.op === 'typeof') {
        const t = this.quietEval(other, qs).const;
        const p = pathOf(side.operand);
        if (p && typeof t === 'string' && PRIMITIVE_TYPES.has(t) && this.host.spec.language.scalarSafe.length) {
          env.set(p, sanitizeValue(this.lookupPath(p, env), this.host.spec.language.scalarSafe));
        }
        continue;
      }
      if (side.kind === 'call') this.guardCall(side, env, other);
      const v = this.quietEval(other, qs);
      const view = this.quietEval(side, qs).view;
      if (view && !view.attrs && typeof v.const === 'string' && v.const !== '' && !v.taint.length) this.cleanView(view, env, side);
      const p = pathOf(side);
      if (!p) continue;
      if (hasConst(v) && !v.taint.length) env.set(p, constant(v.const!));
    }
  }

  /** `BLOCKED.includes(k)` was false: `k` differs from every element of the constant list. */
  private excludeByCall(call: CallExpr, env: Env): void {
    if (!this.host.spec.exclusions.length || call.callee.kind !== 'attribute') return;
    const qs: State = { env };
    for (const g of this.host.spec.guards.match(this.calleeName(call, qs))) {
      if (!g.allowList) continue;
      const coll = this.quietEval(call.callee.object, qs);
      const a = guardArgExpr(call, g.arg);
      const p = a ? pathOf(a) : null;
      if (!p || !isConstantCollection(coll)) continue;
      const values = [...(coll.elems?.values() ?? [])].map((e) => e.const).filter((c): c is string => typeof c === 'string');
      this.exclude(p, values, env);
      return;
    }
  }

  /** Records that `p` differs from `values`; a deny-list of the spec fully excluded cleans it for its classes. */
  private exclude(p: string, values: readonly string[], env: Env): void {
    const rules = this.host.spec.exclusions.filter((r) => r.values.some((v) => values.includes(v)));
    if (!rules.length) return;
    const v = this.lookupPath(p, env);
    if (!v.taint.length) return;
    let taint = sanitize(v.taint, values.map((x) => `≠${x}`));
    for (const r of rules) {
      const done = taint.every((t) => r.values.every((x) => t.sanitized.includes(`≠${x}`)));
      if (done) taint = sanitize(taint, r.classes);
    }
    env.set(p, { ...v, taint });
  }

  /**
   * Joins back changes made in environments that may or may not have run (`changes`: path → value) with
   * `before`; `unordered` forgets list positions (a loop ran the change any number of times).
   */
  private mergeBack(st: State, before: Env, changes: Env[], unordered: boolean): void {
    const keys = new Set<string>();
    for (const c of changes) for (const [k, v] of c) if (before.get(k) !== v) keys.add(k);
    for (const k of keys) {
      const old = before.get(k) ?? this.free(k);
      let v = old;
      for (const c of changes) {
        const x = c.get(k);
        if (x) v = join(v, x);
      }
      st.env.set(k, unordered ? unorder(v) : v);
    }
  }

  /** An allow-list check on a view passed: the viewed variable is clean for the view's classes, if unchanged. */
  private cleanView(view: NonNullable<Value['view']>, env: Env, checked?: Expr): void {
    if (view.of && env.get(view.of) === view.base) env.set(view.of, sanitizeValue(view.base, view.classes));
    // `url.hostname === HOST` also vouches for `url`, the parsed object the view was read from.
    const holder = checked?.kind === 'attribute' ? pathOf(checked.object) : null;
    if (holder) {
      const held = env.get(holder);
      if (held?.view?.attrs?.includes((checked as Extract<Expr, { kind: 'attribute' }>).attr)) env.set(holder, sanitizeValue(held, view.classes));
    }
  }

  /**
   * `call` is known to have returned a true value (`compared` null) or a value equal to `compared`: the
   * guards the spec declares for it clean the validated values in `env`.
   */
  private guardCall(call: CallExpr, env: Env, compared: Expr | null): void {
    const guards = this.host.spec.guards;
    if (guards.size === 0) return;
    const qs: State = { env };
    const name = this.calleeName(call, qs);
    for (const g of guards.match(name)) {
      if ((g.result === 'equals-element') !== (compared !== null)) continue;
      if (g.pattern && !this.patternHolds(call, g.pattern, qs)) continue;
      if (g.allowList) {
        // `ALLOWED.includes(x)`: like `x in ALLOWED`, only on a constant collection of non-empty strings.
        const coll = call.callee.kind === 'attribute' ? this.quietEval(call.callee.object, qs) : UNKNOWN;
        const a = guardArgExpr(call, g.arg);
        if (!a || !isConstantCollection(coll) || !isNonEmptyStrings(coll)) continue;
        // On a view (`ALLOWED.includes(new URL(u).hostname)`): the viewed value is clean.
        const view = this.quietEval(a, qs).view;
        if (view && !view.attrs) this.cleanView(view, env, a);
        const p = pathOf(a);
        if (!p) continue;
        const only = coll.elems?.size === 1 ? [...coll.elems.values()][0]! : null;
        env.set(p, only && hasConst(only) ? constant(only.const!) : sanitizeValue(this.lookupPath(p, env), g.classes));
        continue;
      }
      let targets: Expr[] = [];
      const a = guardArgExpr(call, g.arg);
      if (!a) continue;
      if (g.result === 'truthy') targets = [a];
      else {
        // commonpath([base, p]) == base: every element other than the one equal to the compared value.
        if (a.kind !== 'sequence') continue;
        const cp = pathOf(compared!);
        const cv = this.quietEval(compared!, qs);
        const isBase = (el: Expr) => (cp !== null && pathOf(el) === cp) || (hasConst(cv) && this.quietEval(el, qs).const === cv.const);
        if (!a.elements.some(isBase)) continue;
        targets = a.elements.filter((el) => !isBase(el));
      }
      for (const t of targets) this.guardValue(t, g, env);
    }
  }

  private guardValue(target: Expr, g: GuardSpec, env: Env): void {
    const p = pathOf(target);
    if (!p) return;
    const v = this.lookupPath(p, env);
    if (g.canonical && !g.classes.every((c) => v.canon?.includes(c))) return;
    env.set(p, sanitizeValue(v, g.classes));
  }

  private patternHolds(call: CallExpr, pat: NonNullable<GuardSpec['pattern']>, qs: State): boolean {
    let from = call;
    let position = pat.position ?? null;
    if (pat.receiverArg !== undefined) {
      // `/^…$/.test(x)`: the pattern is an argument of the call that made the receiver.
      const recv = call.callee.kind === 'attribute' ? call.callee.object : null;
      if (recv?.kind !== 'call') return false;
      from = recv;
      position = pat.receiverArg;
      const flags = argExpr(recv, pat.receiverArg + 1, undefined);
      const f = flags ? this.quietEval(flags, qs).const : '';
      if (typeof f !== 'string' || (pat.dollarEndsInput && f.includes('m'))) return false;
    }
    const a = argExpr(from, position, pat.keyword);
    if (!a) return false;
    const v = this.quietEval(a, qs);
    if (typeof v.const !== 'string' || v.taint.length) return false;
    // JavaScript: a final unescaped `$` ends the input, as `\Z` does in Python.
    const src = pat.dollarEndsInput && /(^|[^\\])\$$/.test(v.const) ? `${v.const.slice(0, -1)}\\Z` : v.const;
    return patternWithin(src, pat.whole, pat.chars);
  }

  /** The qualified name of a call's callee, without side effects (as `call` names it). */
  private calleeName(call: CallExpr, qs: State): string | null {
    const callee = call.callee;
    if (callee.kind === 'attribute') {
      const p = pathOf(callee);
      const stored = p ? qs.env.get(p) : undefined;
      if (stored?.ref) return stored.ref;
      const recv = this.quietEval(callee.object, qs);
      return recv.ref ? `${recv.ref}.${callee.attr}` : partialName(callee);
    }
    return this.quietEval(callee, qs).ref ?? null;
  }

  /**
   * A test whose outcome can be stored in a variable and tested later: the paths it reads, with the values
   * they hold now (the stored result stands for the test only while they still hold them).
   */
  private condOf(test: Expr, env: Env): CondRef | null {
    if (test.kind === 'call') {
      if (!this.host.spec.guards.size || !this.host.spec.guards.match(this.calleeName(test, { env })).length) return null;
    } else if (test.kind === 'compare') {
      if (test.ops.length !== 1 || !['in', 'not in', '==', '!=', '===', '!=='].includes(test.ops[0]!)) return null;
    } else if (test.kind !== 'logical' && !(test.kind === 'unary' && (test.op === 'not' || test.op === '!'))) return null;
    const paths = new Map<string, Value | undefined>();
    const visit = (e: Expr): void => {
      const p = pathOf(e);
      if (p) {
        paths.set(p, env.get(p));
        // The root too: `parsed.hostname` changes when `parsed` is reassigned.
        const root = p.split('.')[0]!;
        paths.set(root, env.get(root));
        return;
      }
      forEachExprChild(e, visit);
    };
    visit(test);
    return { test, paths };
  }

  // ------------------------------------------------------------------ expressions

  /** Evaluates `e` in an empty environment without recording sinks or sources (module-level constants). */
  evalQuiet(e: Expr): Value {
    return this.quietEval(e, { env: new Map() });
  }

  /** Evaluates without recording sinks or sources, on a copy of the environment when `e` may change it. */
  private quietEval(e: Expr, st: State): Value {
    this.quiet++;
    try {
      return this.eval(e, mayMutate(e) ? { env: copyEnv(st.env) } : st);
    } finally {
      this.quiet--;
    }
  }

  private tick(): void {
    if (++this.evals > LIMITS.maxEvals) {
      throw new DataflowBudgetExceeded(`more than ${LIMITS.maxEvals} evaluations in ${this.unit.name}`);
    }
    // Reading the clock on every evaluation would cost more than the check saves.
    if ((this.evals & 1023) === 0 && performance.now() > this.host.deadline) throw timeBudgetExceeded();
  }

  eval(e: Expr, st: State): Value {
    this.tick();
    switch (e.kind) {
      case 'literal':
        return e.type === 'ellipsis' ? UNKNOWN : constant(e.value);
      case 'name': {
        const v = st.env.get(e.id);
        if (v) return v;
        return this.freeName(e.id, e.range);
      }
      case 'attribute':
        return this.attribute(e, st);
      case 'index': {
        const obj = this.eval(e.object, st);
        const idx = this.eval(e.index, st);
        if (obj.ref && typeof idx.const === 'number' && this.isSafeIndex(obj.ref, idx.const)) return UNKNOWN;
        if (e.index.kind === 'slice') return { taint: allTaint(obj) };
        if (hasConst(idx)) {
          if (typeof obj.const === 'string' && typeof idx.const === 'number') {
            const ch = obj.const.at(idx.const);
            return ch === undefined ? UNKNOWN : constant(ch);
          }
          return elementAt(obj, keyOf(idx.const!));
        }
        const el = anyElement(obj);
        // Remember the untrusted key an object was read with: a write into it may land on a shared prototype.
        const kt = this.host.spec.keyStores.length && !this.prototypeFree(obj) ? allTaint(idx) : [];
        return kt.length ? { ...el, keyTaint: kt } : el;
      }
      case 'slice':
        for (const p of [e.lower, e.upper, e.step]) if (p) this.eval(p, st);
        return UNKNOWN;
      case 'call':
        this.host.noteCall(e.range);
        return this.call(e, st);
      case 'template': {
        let s = '';
        let isConst = true;
        let taint: readonly Taint[] = [];
        for (let pIndex = 0, pList = e.parts; pIndex < pList.length; pIndex++) {
          const p = pList[pIndex]!;
          if (typeof p === 'string') {
            s += p;
            continue;
          }
          const v = this.eval(p, st);
          taint = unionTaint(taint, allTaint(v));
          // Only strings and numbers: how None/booleans print differs between languages.
          if (typeof v.const === 'string' || typeof v.const === 'number') s += String(v.const);
          else isConst = false;
        }
        taint = this.scalar(taint);
        return isConst ? { const: s, taint } : { taint };
      }
      case 'binary': {
        const v = this.binary(e.op, this.eval(e.left, st), this.eval(e.right, st));
        return v.taint.length && !v.container ? { ...v, taint: this.scalar(v.taint) } : v;
      }
      case 'unary': {
        const v = this.eval(e.operand, st);
        if (e.op === 'not' || e.op === '!') return hasConst(v) ? constant(!truthy(v.const!)) : UNKNOWN;
        const f = hasConst(v) ? foldConstant({ kind: 'unary', op: e.op, operand: lit(v.const!, e.range), range: e.range }, noLookup) : undefined;
        return f !== undefined ? { const: f, taint: v.taint } : { taint: allTaint(v) };
      }
      case 'compare': {
        const vals = [this.eval(e.left, st), ...e.comparators.map((c) => this.eval(c, st))];
        if (vals.every(hasConst)) {
          const f = foldConstant(
            { kind: 'compare', left: lit(vals[0]!.const!, e.range), ops: e.ops, comparators: vals.slice(1).map((v) => lit(v.const!, e.range)), range: e.range },
            noLookup,
          );
          if (f !== undefined) return constant(f);
        }
        if (e.ops.length === 1 && (e.ops[0] === 'in' || e.ops[0] === 'not in') && hasConst(vals[0]!) && isConstantCollection(vals[1]!) && vals[1]!.container) {
          const found = [...(vals[1]!.elems?.values() ?? [])].some((x) => x.const === vals[0]!.const);
          if (vals[1]!.container !== 'dict' || found) return constant(e.ops[0] === 'in' ? found : !found);
        }
        return UNKNOWN;
      }
      case 'logical': {
        let acc: Value | null = null;
        for (let subIndex = 0, subList = e.values; subIndex < subList.length; subIndex++) {
          const sub = subList[subIndex]!;
          // Operands after the first may not run: what they change (a pop, a walrus) joins with before.
          const before = sub !== e.values[0] && mayMutate(sub) ? copyEnv(st.env) : null;
          const v = this.eval(sub, st);
          if (before) this.mergeBack(st, before, [st.env], false);
          if (hasConst(v)) {
            const t = truthy(v.const!);
            if (e.op === 'and' ? !t : t) return acc ? join(acc, v) : v;
            if (!acc && sub === e.values[e.values.length - 1]) return v;
            continue; // a constant that does not decide is not the result
          }
          acc = acc ? join(acc, v) : v;
        }
        return acc ?? UNKNOWN;
      }
      case 'conditional': {
        const t = this.eval(e.test, st);
        if (hasConst(t)) return this.eval(truthy(t.const!) ? e.body : e.orelse, st);
        const a: State = { env: copyEnv(st.env) };
        this.refine(e.test, true, a.env);
        const b: State = { env: copyEnv(st.env) };
        this.refine(e.test, false, b.env);
        const mutates = mayMutate(e.body) || mayMutate(e.orelse);
        const a0 = mutates ? copyEnv(a.env) : null;
        const b0 = mutates ? copyEnv(b.env) : null;
        const out = join(this.eval(e.body, a), this.eval(e.orelse, b));
        // What a branch changed (a pop, a walrus) joins with what the other left.
        if (a0 && b0) this.mergeBack(st, st.env, [changedOnly(a0, a.env), changedOnly(b0, b.env)], false);
        return out;
      }
      case 'sequence': {
        const cached = constantContainers.get(e);
        if (cached) return cached;
        const starAt = e.elements.findIndex((x) => x.kind === 'starred');
        const vals = e.elements.map((x) => this.eval(x, st));
        if (starAt < 0) return rememberIfConstant(e, makeSequence(e.type, vals));
        let rest: Value = UNKNOWN;
        vals.forEach((v, i) => {
          if (i >= starAt) rest = join(rest, e.elements[i]!.kind === 'starred' ? anyElement(v) : v);
        });
        return makeSequence(e.type, vals.slice(0, starAt), rest);
      }
      case 'dict': {
        const cached = constantContainers.get(e);
        if (cached) return cached;
        const elems = new Map<string, Value>();
        let rest: Value | undefined;
        let taint: readonly Taint[] = [];
        const addRest = (v: Value) => {
          rest = rest ? join(rest, v) : v;
        };
        for (let entIndex = 0, entList = e.entries; entIndex < entList.length; entIndex++) {
          const ent = entList[entIndex]!;
          const v = this.eval(ent.value, st);
          if (ent.key === null) {
            // **spread: its known keys, then the rest.
            if (v.container === 'dict') {
              for (const [k, x] of v.elems ?? []) elems.set(k, x);
              if (v.rest) addRest(v.rest);
              taint = unionTaint(taint, v.taint);
            } else addRest(anyElement(v));
            continue;
          }
          const k = this.eval(ent.key, st);
          // Past MAX_ELEMS keys, values are only tracked together (big literal tables stay cheap).
          if (hasConst(k) && !k.taint.length && (elems.size < MAX_ELEMS || elems.has(keyOf(k.const!)))) elems.set(keyOf(k.const!), v);
          else addRest({ ...v, taint: unionTaint(v.taint, allTaint(k)) });
        }
        const out: Value = { taint, container: 'dict', elems };
        return rest ? { ...out, rest } : rememberIfConstant(e, out);
      }
      case 'lambda':
      case 'function': {
        // A lambda, or a function written as an expression (JavaScript): a value naming its unit.
        for (const p of e.params) {
          if (p.default) this.eval(p.default, st);
        }
        const id = this.host.functionNamed(`#lambda@${e.range.line}:${e.range.col}`, this.unit);
        if (id !== null) this.capture(id, st);
        return id === null ? UNKNOWN : { taint: [], fn: id };
      }
      case 'comprehension': {
        const inner: State = { env: copyEnv(st.env) };
        for (let cIndex = 0, cList = e.clauses; cIndex < cList.length; cIndex++) {
          const c = cList[cIndex]!;
          const it = this.eval(c.iter, inner);
          this.assign(c.target, anyElement(it), inner, c.target.range);
          for (let condIndex = 0, condList = c.conditions; condIndex < condList.length; condIndex++) {
            const cond = condList[condIndex]!;
            this.eval(cond, inner);
            this.refine(cond, true, inner.env);
          }
        }
        let el = this.eval(e.element, inner);
        if (e.key) el = join(el, { taint: allTaint(this.eval(e.key, inner)) });
        // Changes made while iterating (a pop per element) join back, with list positions forgotten.
        if (e.clauses.some((c) => mayMutate(c.iter) || c.conditions.some(mayMutate)) || mayMutate(e.element) || (e.key && mayMutate(e.key))) {
          const targets = new Set<string>();
          const collect = (t: Expr): void => {
            if (t.kind === 'name') targets.add(t.id);
            else if (t.kind === 'sequence') t.elements.forEach(collect);
            else if (t.kind === 'starred') collect(t.value);
          };
          for (const c of e.clauses) collect(c.target);
          const changed = new Map([...inner.env].filter(([k, v]) => !targets.has(k) && st.env.get(k) !== v));
          this.mergeBack(st, st.env, [changed], true);
        }
        return { taint: [], container: e.type === 'dict' ? 'dict' : e.type === 'set' ? 'set' : 'list', rest: el };
      }
      case 'starred':
      case 'await':
        return this.eval(e.value, st);
      case 'yield':
        if (e.value) this.eval(e.value, st);
        return UNKNOWN;
      case 'walrus': {
        const v = this.eval(e.value, st);
        this.assign(e.target, v, st, e.range);
        return v;
      }
      case 'unknown': {
        let taint: readonly Taint[] = [];
        for (let cIndex = 0, cList = e.children; cIndex < cList.length; cIndex++) {
          const c = cList[cIndex]!;
          taint = unionTaint(taint, allTaint(this.eval(c, st)));
        }
        return { taint };
      }
    }
  }

  /** The argument is a constant pattern (a string, or `new RegExp(p)` / a regex literal) containing every listed character. */
  private patternArgIncludes(call: CallExpr, w: { position?: number | undefined; keyword?: string | undefined; patternIncludes?: string | undefined }, st: State): boolean {
    let a = argExpr(call, w.position ?? null, w.keyword);
    if (a?.kind === 'call') a = argExpr(a, 0, undefined);
    const src = a ? this.quietEval(a, st).const : undefined;
    return typeof src === 'string' && [...(w.patternIncludes ?? '')].every((c) => src.includes(c));
  }

  /** `process.argv[0]`: an element of a source the spec says is not untrusted. */
  private isSafeIndex(ref: string, index: number): boolean {
    return this.host.spec.accessSources.match(ref).some((s) => s.safeIndexes?.includes(index));
  }

  /** A string or number built by an operator: safe for the classes that fear structured values. */
  private scalar(taint: readonly Taint[]): readonly Taint[] {
    const classes = this.host.spec.language.scalarSafe;
    return classes.length && taint.length ? sanitize(taint, classes) : taint;
  }

  private freeName(id: string, range: Range): Value {
    const v = this.host.lookupFree(id, this.unit);
    if (v.ref && v.taint.length === 0) {
      const found = this.host.spec.accessSources.match(v.ref);
      if (found.length) return { ...v, taint: this.source(found[0]!, range) };
    }
    return v;
  }

  private source(info: SourceInfo, range: Range): Taint[] {
    if (!this.quiet) this.host.noteSource(range);
    return [{ label: info.label, range, sanitized: info.notFor, steps: [] }];
  }

  private attribute(e: Extract<Expr, { kind: 'attribute' }>, st: State): Value {
    const p = pathOf(e);
    if (p) {
      const v = st.env.get(p);
      if (v) return v;
      if (e.object.kind === 'name' && e.object.id === this.receiverName && this.unit.classDef) {
        const f = this.host.fieldValue(this.unit.classDef, e.attr, this.unit.id);
        if (f) return f;
      }
    }
    const obj = this.eval(e.object, st);
    // JavaScript: `o.k` reads the key k of an object literal.
    if (obj.container === 'dict' && !obj.ref && this.host.spec.language.attributesAreKeys) return elementAt(obj, keyOf(e.attr));
    const ref = obj.ref ? `${obj.ref}.${e.attr}` : undefined;
    let taint = allTaint(obj);
    if (ref) {
      const found = this.host.spec.accessSources.match(ref);
      if (found.length) taint = unionTaint(taint, this.source(found[0]!, e.range));
    }
    const out: Value = ref ? { taint, ref } : { taint };
    const view = obj.view;
    if (view?.attrs?.includes(e.attr)) return { ...out, view: { of: view.of, base: view.base, classes: view.classes } };
    return out;
  }

  binary(op: string, a: Value, b: Value): Value {
    const taint = unionTaint(allTaint(a), allTaint(b));
    if (hasConst(a) && hasConst(b)) {
      const f = foldConstant({ kind: 'binary', op, left: lit(a.const!, ZERO), right: lit(b.const!, ZERO), range: ZERO }, noLookup);
      if (f !== undefined) return { const: f, taint };
    }
    if (op === '+' && a.container && b.container && a.container !== 'dict') {
      return { taint: [], container: a.container, rest: join(anyElement(a), anyElement(b)) };
    }
    return { taint };
  }

  // ------------------------------------------------------------------ calls

  private call(e: CallExpr, st: State): Value {
    const info: { name: string | null } = { name: null };
    let v = this.callInner(e, st, info);
    const spec = this.host.spec;
    // Canonical forms (realpath) and views (urlparse): facts guards rely on.
    if (info.name && spec.canonical.size) {
      const canon = [...new Set(spec.canonical.match(info.name).flatMap((c) => c.classes))].sort();
      if (canon.length) v = { ...v, canon };
    }
    if (info.name && spec.views.size) {
      for (const view of spec.views.match(info.name)) {
        const a = argExpr(e, view.arg, undefined);
        const of = a ? pathOf(a) : null;
        const base = of ? st.env.get(of) : undefined;
        if (of && base) v = { ...v, view: { of, base, classes: view.classes, attrs: view.attrs } };
        // Not a variable (`new URL(String(u), BASE)`): the parsed object itself can still be checked and cleaned.
        else v = { ...v, view: { of: '', base: UNKNOWN, classes: view.classes, attrs: view.attrs } };
      }
    }
    return v;
  }

  private callInner(e: CallExpr, st: State, info: { name: string | null }): Value {
    const callee = e.callee;
    let recv: Value | undefined;
    let calleeVal: Value;
    if (callee.kind === 'attribute') {
      const p = pathOf(callee);
      const stored = p ? st.env.get(p) : undefined;
      recv = this.eval(callee.object, st);
      calleeVal = stored ?? (recv.ref ? { taint: [], ref: `${recv.ref}.${callee.attr}` } : { taint: [] });
    } else {
      calleeVal = this.eval(callee, st);
    }
    const args = e.args.map((a) => ({ arg: a, value: this.eval(a.value, st) }));
    const name = calleeVal.ref ?? (callee.kind === 'attribute' ? partialName(callee) : null);
    info.name = name;
    // `require('child_process')`: the value is the module itself.
    const loaded = callee.kind === 'name' && !st.env.has(callee.id) ? this.host.loadedModule(e, this.unit.scope) : null;
    if (loaded !== null) return { taint: [], ref: loaded };
    // `promisify(exec)`: the same API under another name.
    const wrapped = this.host.spec.wrappers.size ? this.host.spec.wrappers.match(name)[0] : undefined;
    if (wrapped) {
      const inner = positional(args, wrapped.arg);
      if (inner?.ref || inner?.fn !== undefined) return inner;
    }

    // Same-file functions, lambdas and methods on self: their summaries.
    let target: number | null = calleeVal.fn ?? null;
    let viaReceiver = false;
    if (target === null && callee.kind === 'attribute' && callee.object.kind === 'name' && callee.object.id === this.receiverName) {
      target = this.host.methodNamed(this.unit, callee.attr);
      viaReceiver = target !== null;
    }
    if (target === null && callee.kind === 'attribute' && recv?.ref?.startsWith('#class@')) {
      target = this.host.methodOf(recv.ref, callee.attr);
      viaReceiver = target !== null;
    }
    if (target === null && callee.kind === 'name' && !st.env.has(callee.id)) target = this.host.functionNamed(callee.id, this.unit);
    if (target !== null) return this.applySummary(target, e, args, viaReceiver ? recv : undefined, st);

    const spec = this.host.spec;
    // A method the spec does not describe may reorder a list (sort, reverse, remove): positions are forgotten.
    if (callee.kind === 'attribute' && recv?.container === 'list' && recv.elems?.size && !spec.containerMethods.has(callee.attr)) {
      const rp = pathOf(callee.object);
      if (rp) st.env.set(rp, unorder(recv));
    }
    for (let sinkIndex = 0, sinkList = spec.sinks.match(name); sinkIndex < sinkList.length; sinkIndex++) {
      const sink = sinkList[sinkIndex]!;
      this.checkSink(sink, name!, e, args, recv, st);
    }

    // Before sanitizers: `Path(p).read_text()` is clean of p's taint but is itself file content (a source when enabled).
    const sources = spec.callSources.match(name);
    if (sources.length) return { taint: this.source(sources[0]!, e.range) };

    const sanitizers = spec.sanitizers.match(name).filter((s) => !s.whenArg || (s.whenArg.equals ? argIsOneOf(args, { ...s.whenArg, equals: s.whenArg.equals }) : this.patternArgIncludes(e, s.whenArg, st)));
    if (sanitizers.length) {
      const onReceiver = sanitizers.some((s) => s.receiver);
      let taint: readonly Taint[] = onReceiver && recv ? allTaint(recv) : [];
      let other: readonly Taint[] = [];
      for (let aIndex = 0, aList = args; aIndex < aList.length; aIndex++) {
        const a = aList[aIndex]!;
        if (a.arg.name !== null) continue;
        if (onReceiver) other = unionTaint(other, allTaint(a.value));
        else taint = unionTaint(taint, allTaint(a.value));
      }
      for (let sIndex = 0, sList = sanitizers; sIndex < sList.length; sIndex++) {
        const s = sList[sIndex]!;
        taint = sanitize(taint, s.classes);
      }
      const sanitized = unionTaint(withSteps(taint, { range: e.range, note: `sanitized by ${name}` }), other);
      // Still the result of that call: `open(p)` is clean of p's taint, yet `open(p).read()` is named.
      return name && !name.startsWith('?') ? { taint: sanitized, ref: `${name}()` } : { taint: sanitized };
    }

    if (callee.kind === 'attribute' && recv) {
      const m = spec.containerMethods.get(callee.attr);
      const cb = m?.callback !== undefined ? positional(args, m.callback) : undefined;
      if (m && cb?.fn !== undefined) {
        // `xs.map((x) => …)`: the callback's summary on an element.
        const el = anyElement(recv);
        const out = this.applySummary(cb.fn, e, [{ arg: { name: null, value: e, spread: null, range: e.range }, value: el }], undefined, st);
        if (m.op === 'map') return { taint: [], container: 'list', rest: out };
        if (recv.container) return this.containerMethod(m, callee.object, recv, args, st, e.range);
        return m.op === 'test' ? { taint: [] } : { taint: allTaint(recv) };
      }
      if (m && recv.container) return this.containerMethod(m, callee.object, recv, args, st, e.range);
    }
    if (name && spec.language.collectionConstructors.has(name) && args.length === 1 && args[0]!.arg.name === null) {
      const v = args[0]!.value;
      if (v.container) return { ...v, container: v.container === 'dict' ? 'dict' : 'tuple' };
    }

    const props = spec.propagators.match(name);
    if (props.length) {
      let result: readonly Taint[] = [];
      for (const p of props) {
        let taint: readonly Taint[] = [];
        for (const f of p.from) {
          const v = f === 'receiver' ? recv : positional(args, f);
          if (v) taint = unionTaint(taint, allTaint(v));
        }
        if (p.to === 'return') result = unionTaint(result, taint);
        else if (callee.kind === 'attribute') {
          const rp = pathOf(callee.object);
          if (rp && taint.length) {
            const cur = this.lookupPath(rp, st.env);
            st.env.set(rp, { ...cur, taint: unionTaint(cur.taint, withSteps(taint, { range: e.range, note: `written into ${rp}` })) });
          }
        }
      }
      return { taint: result };
    }

    if (name?.startsWith('#class@') && !this.quiet) this.host.noteConstruction(name, args);

    // Unknown code: taint flows from the arguments and the receiver to the result.
    let taint: readonly Taint[] = recv ? allTaint(recv) : [];
    for (let aIndex = 0, aList = args; aIndex < aList.length; aIndex++) {
      const a = aList[aIndex]!;
      taint = unionTaint(taint, allTaint(a.value));
    }
    const ref = name && !name.startsWith('?') ? `${name}()` : undefined;
    return ref ? { taint, ref } : { taint };
  }

  private containerMethod(
    m: import('./spec.js').ContainerMethodSpec,
    recvExpr: Expr,
    recv: Value,
    args: Array<{ arg: Arg; value: Value }>,
    st: State,
    range: Range,
  ): Value {
    const rp = pathOf(recvExpr);
    const update = (v: Value) => {
      if (rp) st.env.set(rp, v);
    };
    switch (m.op) {
      case 'add': {
        const v = m.value !== undefined ? positional(args, m.value) : undefined;
        if (v) update(storeElement(recv, null, v.taint.length ? { ...v, taint: withSteps(v.taint, { range, note: `added to ${rp ?? 'a container'}` }) } : v));
        return NONE_VALUE;
      }
      case 'add-all': {
        const v = m.value !== undefined ? positional(args, m.value) : undefined;
        if (v) update(v.container === 'dict' && recv.container === 'dict' ? mergeDict(recv, v) : storeElement(recv, null, anyElement(v)));
        return NONE_VALUE;
      }
      case 'read': {
        const k = m.key !== undefined ? positional(args, m.key) : undefined;
        let v = k && hasConst(k) && recv.container === 'dict' ? elementAt(recv, keyOf(k.const!)) : anyElement(recv);
        const d = m.default !== undefined ? positional(args, m.default) : undefined;
        if (d) v = join(v, d);
        else if (k && hasConst(k) && recv.container === 'dict' && !recv.elems?.has(keyOf(k.const!))) v = join(v, NONE_VALUE);
        return v;
      }
      case 'pop': {
        const k = m.key !== undefined ? positional(args, m.key) : undefined;
        if (recv.container !== 'list') {
          if (recv.container === 'dict' || !k) return this.containerMethod({ ...m, op: 'read' }, recvExpr, recv, args, st, range);
          return anyElement(recv);
        }
        // A list: exact when its length is known (elements 0…n-1, nothing else) and the index constant.
        const n = knownLength(recv);
        const idx = k === undefined ? (n === null ? null : n - 1) : typeof k.const === 'number' && Number.isInteger(k.const) && n !== null ? (k.const < 0 ? n + k.const : k.const) : null;
        if (n === null || idx === null || idx < 0 || idx >= n) return anyElement(recv);
        const out = recv.elems!.get(keyOf(idx))!;
        const elems = new Map<string, Value>();
        for (let i = 0, j = 0; i < n; i++) if (i !== idx) elems.set(keyOf(j++), recv.elems!.get(keyOf(i))!);
        update({ ...recv, elems });
        return recv.taint.length ? { ...out, taint: unionTaint(out.taint, recv.taint) } : out;
      }
      case 'elements':
        return { taint: [], container: 'list', rest: anyElement(recv) };
      case 'test':
        return { taint: [] };
      case 'map':
        // No known callback: each element may end up in the result.
        return { taint: [], container: 'list', rest: anyElement(recv) };
      case 'copy':
        return recv;
    }
  }

  private checkSink(sink: SinkSpec, name: string, call: CallExpr, args: Array<{ arg: Arg; value: Value }>, recv: Value | undefined, st: State): void {
    if (sink.unlessOption !== undefined && args.some((a) => a.arg.name === null && a.value.container === 'dict' && a.value.elems?.has(keyOf(sink.unlessOption!)))) return;
    if (sink.when?.equals !== undefined) {
      const a = argValue(args, sink.when.position ?? null, undefined);
      if (!a || typeof a.const !== 'string' || !sink.when.equals.includes(a.const)) return;
    } else if (sink.when?.key !== undefined) {
      if (!optionSet(args, sink.when.position ?? 0, sink.when.key)) return;
    } else if (sink.when) {
      const a = argValue(args, sink.when.position ?? null, sink.when.keyword);
      if (!a) return;
      if (hasConst(a) && !truthy(a.const!)) return;
    }
    if (sink.unless) {
      const a = argExpr(call, sink.unless.position ?? null, sink.unless.keyword);
      if (a) {
        const v = this.quietEval(a, st);
        if (v.ref && sink.unless.resolvesTo.includes(v.ref)) return;
      }
    }
    const site: SinkSite = { range: call.range, class: sink.class, cwe: sink.cwe, api: sink.label ?? name.replace(/^\?\./, '…') };
    let taint: readonly Taint[] = [];
    for (const ref of sink.args) {
      const v = typeof ref === 'object' && ref.receiver ? recv : sinkArg(args, ref);
      // A list or dictionary is serialised (JSON), not written as markup.
      if (v && !(sink.scalarOnly && v.container)) taint = unionTaint(taint, allTaint(v));
    }
    this.sink(site, taint);
  }

  /** Records a sink site and the live taints reaching it. */
  private sink(site: SinkSite, taints: readonly Taint[]): void {
    if (this.quiet) return;
    this.host.noteSink(site);
    for (let tIndex = 0, tList = liveFor(taints, site.class); tIndex < tList.length; tIndex++) {
      const t = tList[tIndex]!;
      if (t.param !== undefined) {
        const key = `${site.range.line}:${site.range.col}:${site.class}|${t.param}${t.viaKey ? 'k' : ''}|${t.sanitized.join(',')}`;
        if (!this.paramSinks.has(key)) this.paramSinks.set(key, { taint: t, site });
        continue;
      }
      const key = `${site.range.line}:${site.range.col}:${site.class}|${t.label}@${t.range.line}:${t.range.col}`;
      if (this.flows.has(key)) continue;
      this.flows.set(key, {
        class: site.class,
        cwe: site.cwe,
        sink: site,
        source: { label: t.label, range: t.range },
        steps: [
          { range: t.range, note: `source: ${t.label}` },
          ...t.steps,
          { range: site.range, note: `reaches ${site.api} (CWE-${site.cwe})` },
        ],
      });
    }
  }

  /**
   * Closures: a function or lambda nested in this unit sees this unit's variables, at definition and at
   * each call (late binding). Only constants and real taints are passed in: this unit's parameter
   * placeholders would mean the inner unit's own parameters.
   */
  private capture(inner: number, st: State): void {
    if (this.quiet || this.host.unit(inner).scope.parent !== this.unit.scope) return;
    for (const name of this.host.namesUsedIn(inner)) {
      let v = st.env.get(name);
      if (v === undefined || v.fn !== undefined) continue;
      const t = allTaint(v);
      if (v.keyTaint?.some((x) => x.param !== undefined)) {
        // A key placeholder of this unit's parameter means nothing inside another unit.
        const kt = v.keyTaint.filter((x) => x.param === undefined);
        v = kt.length ? { ...v, keyTaint: kt } : withoutKeyTaint(v);
      }
      if (t.some((x) => x.param !== undefined)) {
        const real = t.filter((x) => x.param === undefined);
        // What a typed parameter denotes carries over (`res` of an Express handler, used in a callback).
        this.host.noteCapture(inner, name, v.ref ? { taint: real, ref: v.ref } : { taint: real });
      } else {
        this.host.noteCapture(inner, name, v);
      }
    }
  }

  private applySummary(target: number, call: CallExpr, args: Array<{ arg: Arg; value: Value }>, recv: Value | undefined, st: State): Value {
    const callee = this.host.unit(target);
    this.capture(target, st);
    const summary = this.host.summaryOf(this.unit.id, target);
    const bound = bindArgs(callee, args, recv);
    const fname = callee.name;
    const into = (outer: Taint, inner: Taint, last: string): Taint => {
      let t: Taint = { ...outer, sanitized: [...new Set([...outer.sanitized, ...inner.sanitized])].sort() };
      if (!outer.viaKey) delete t.viaKey;
      t = addStep(t, { range: call.range, note: `passed to ${fname}()` });
      for (const s of inner.steps) {
        t = addStep(t, s);
      }
      return last ? addStep(t, { range: call.range, note: last }) : t;
    };
    // Sinks inside the callee reached through its parameters.
    for (const s of summary.sinks) {
      const arg = bound[s.taint.param!];
      if (!arg) continue;
      const outer = (s.taint.viaKey ? (arg.keyTaint ?? []) : allTaint(arg)).map((t) => into(t, s.taint, ''));
      this.sink(s.site, outer);
    }
    let taint: readonly Taint[] = [];
    for (const r of summary.returns) {
      if (r.param === undefined) {
        taint = unionTaint(taint, [addStep(r, { range: call.range, note: `returned by ${fname}()` })]);
        continue;
      }
      const arg = bound[r.param];
      if (arg) taint = unionTaint(taint, allTaint(arg).map((t) => into(t, r, `returned by ${fname}()`)));
    }
    if (summary.returnConst && !taint.length) return constant(summary.returnConst.value);
    return { taint };
  }
}

// ------------------------------------------------------------------ helpers

function insertSorted(list: number[], x: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, x);
}

const ZERO: Range = { line: 0, col: 0, endLine: 0, endCol: 0 };
const noLookup = () => undefined;
/** What `typeof` says of a value that is not an object (JavaScript). */
const PRIMITIVE_TYPES = new Set(['string', 'number', 'boolean', 'bigint']);

function lit(v: LiteralValue, range: Range): LiteralExpr {
  const type = v === null ? 'none' : typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float') : 'str';
  return { kind: 'literal', type, value: v, range };
}

function iterKey(r: Range): string {
  return `#iter@${r.line}:${r.col}`;
}

/** The name of an attribute chain whose root is not resolved: `?.objects.raw`, `?.cursor().execute`. */
function partialName(e: Expr): string {
  if (e.kind === 'attribute') return `${partialName(e.object)}.${e.attr}`;
  if (e.kind === 'call') return `${partialName(e.callee)}()`;
  return '?';
}

/** `x`, `self.cmd`, `a.b.c`: a name or attribute chain on a name, else null. */
export function pathOf(e: Expr): string | null {
  if (e.kind === 'name') return e.id;
  if (e.kind === 'attribute') {
    const base = pathOf(e.object);
    return base ? `${base}.${e.attr}` : null;
  }
  return null;
}

function withoutKeyTaint(v: Value): Value {
  const out: { -readonly [K in keyof Value]: Value[K] } = { ...v };
  delete out.keyTaint;
  return out;
}

/** A list whose element positions are forgotten (its elements joined into `rest`). */
function unorder(v: Value): Value {
  if (v.container !== 'list' || !v.elems) return v;
  let rest: Value | undefined = v.rest;
  for (const e of v.elems.values()) rest = rest ? join(rest, e) : e;
  const out: { -readonly [K in keyof Value]: Value[K] } = { ...v, rest: rest ?? UNKNOWN };
  delete out.elems;
  return out;
}

/** Whether evaluating `e` may change variables (calls, walrus). */
/**
 * Whether evaluating `e` may change the environment: only calls (a mutating
 * method), walruses, comprehensions and conditionals (their refinements and
 * merges) write to it. Asked again and again for the same guards and
 * operands, hence remembered.
 */
function mayMutate(e: Expr): boolean {
  if (e.kind === 'call' || e.kind === 'walrus' || e.kind === 'comprehension' || e.kind === 'conditional') return true;
  if (e.kind === 'lambda' || e.kind === 'name' || e.kind === 'literal') return false;
  let known = mutationCache.get(e);
  if (known === undefined) {
    known = false;
    forEachExprChild(e, (c) => {
      if (!known && mayMutate(c)) known = true;
    });
    mutationCache.set(e, known);
  }
  return known;
}
const mutationCache = new WeakMap<Expr, boolean>();

/** The entries of `after` that differ from `start` (what a branch changed). */
function changedOnly(start: Env, after: Env): Env {
  const out: Env = new Map();
  for (const [k, v] of after) if (start.get(k) !== v) out.set(k, v);
  return out;
}

/** The length of a list whose elements are all known (keys 0…n-1, no unknown part), else null. */
function knownLength(v: Value): number | null {
  if (v.rest || !v.elems) return v.rest ? null : 0;
  const n = v.elems.size;
  for (let i = 0; i < n; i++) if (!v.elems.has(keyOf(i))) return null;
  return n;
}

/** A value (its elements too) sanitized for `classes`. */
function sanitizeValue(v: Value, classes: readonly string[]): Value {
  const out: { -readonly [K in keyof Value]: Value[K] } = { ...v, taint: sanitize(v.taint, classes) };
  if (v.elems) out.elems = new Map([...v.elems].map(([k, e]) => [k, sanitizeValue(e, classes)]));
  if (v.rest) out.rest = sanitizeValue(v.rest, classes);
  delete out.view;
  delete out.cond;
  return out;
}

/** An allow-list of non-empty strings only (an empty string or None would let a relative/host-less value pass). */
function isNonEmptyStrings(coll: Value): boolean {
  if (typeof coll.const === 'string') return false; // substring test
  // A dict's membership test is on its keys.
  if (coll.container === 'dict') return (coll.elems?.size ?? 0) > 0 && [...coll.elems!.keys()].every((k) => k.startsWith('string:') && k.length > 7);
  const elems = [...(coll.elems?.values() ?? [])];
  return elems.length > 0 && elems.every((e) => typeof e.const === 'string' && e.const !== '');
}

/** The argument of a call a guard validates, as an expression. */
function guardArgExpr(call: CallExpr, ref: ArgRefSpec): Expr | null {
  if (typeof ref === 'number') return argExpr(call, ref, undefined);
  if (typeof ref === 'string') return argExpr(call, null, ref);
  if (ref.receiver) return call.callee.kind === 'attribute' ? call.callee.object : null;
  const a = argExpr(call, ref.position ?? null, ref.keyword);
  if (!a || ref.element === undefined) return a;
  return a.kind === 'sequence' ? (a.elements[ref.element] ?? null) : null;
}

/** Direct sub-expressions (for collecting the paths a test reads). */
function forEachExprChild(e: Expr, f: (c: Expr) => void): void {
  switch (e.kind) {
    case 'call':
      f(e.callee);
      for (let aIndex = 0, aList = e.args; aIndex < aList.length; aIndex++) {
        const a = aList[aIndex]!;
        f(a.value);
      }
      return;
    case 'attribute':
      f(e.object);
      return;
    case 'index':
      f(e.object);
      f(e.index);
      return;
    case 'compare':
      f(e.left);
      e.comparators.forEach(f);
      return;
    case 'logical':
    case 'sequence':
      (e.kind === 'logical' ? e.values : e.elements).forEach(f);
      return;
    case 'unary':
      f(e.operand);
      return;
    case 'binary':
      f(e.left);
      f(e.right);
      return;
    case 'starred':
    case 'await':
      f(e.value);
      return;
    case 'unknown':
      e.children.forEach(f);
      return;
    case 'dict':
      for (let entIndex = 0, entList = e.entries; entIndex < entList.length; entIndex++) {
        const ent = entList[entIndex]!;
        if (ent.key) f(ent.key);
        f(ent.value);
      }
      return;
    case 'template':
      for (let pIndex = 0, pList = e.parts; pIndex < pList.length; pIndex++) {
        const p = pList[pIndex]!;
        if (typeof p !== 'string') f(p);
      }
      return;
    default:
      return;
  }
}

/**
 * Whether every string the regular expression `src` can match consists of characters in the class body
 * `chars`. Deliberately small: literals, escaped punctuation, `[…]` classes (not negated) with ranges,
 * `\d` (digits) and `\w` (word characters, judged as A-Za-z0-9_), groups, quantifiers; anything else (`.`,
 * `\s`, negated classes, lookarounds, inline flags) fails. Unless the call matches the whole string, the
 * pattern must start with `^` or `\A` and end with `\Z` (`$` also matches before a final newline) and have
 * no top-level alternation.
 */
export function patternWithin(src: string, whole: boolean, chars: string): boolean {
  let s = src;
  let start = false;
  if (s.startsWith('^')) {
    s = s.slice(1);
    start = true;
  } else if (s.startsWith('\\A')) {
    s = s.slice(2);
    start = true;
  }
  let end = false;
  if (s.endsWith('\\Z') && !s.endsWith('\\\\Z')) {
    s = s.slice(0, -2);
    end = true;
  } else if (whole && s.endsWith('$') && !s.endsWith('\\$')) {
    s = s.slice(0, -1);
  }
  if (!whole && !(start && end)) return false;
  const allowed = new RegExp(`^[${chars}]$`);
  const lits: string[] = [];
  const ok = (c: string) => allowed.test(c) && allowed.test(c.toLowerCase()) && allowed.test(c.toUpperCase());
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      const n = s[++i];
      if (n === undefined) return false;
      if (n === 'd') lits.push('0123456789');
      else if (n === 'w') lits.push('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_');
      else if (/[A-Za-z0-9]/.test(n)) return false;
      else lits.push(n);
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (s[j] === '^') return false;
      const set: string[] = [];
      let first = true;
      for (; j < s.length && (s[j] !== ']' || first); j++) {
        first = false;
        let ch = s[j]!;
        if (ch === '\\') {
          const n = s[++j];
          if (n === undefined) return false;
          if (n === 'd') {
            set.push('0123456789');
            continue;
          }
          if (n === 'w') {
            set.push('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_');
            continue;
          }
          if (/[A-Za-z0-9]/.test(n)) return false;
          ch = n;
        }
        if (s[j + 1] === '-' && s[j + 2] !== undefined && s[j + 2] !== ']') {
          const to = s[j + 2]!;
          if (to === '\\') return false;
          const a = ch.charCodeAt(0);
          const b = to.charCodeAt(0);
          if (b < a || b > 0x7e) return false;
          for (let x = a; x <= b; x++) set.push(String.fromCharCode(x));
          j += 2;
          continue;
        }
        set.push(ch);
      }
      if (j >= s.length) return false;
      lits.push(set.join(''));
      i = j;
      continue;
    }
    if (c === '(') {
      if (s[i + 1] === '?') {
        if (s[i + 2] === ':') i += 2;
        else if (s[i + 2] === 'P' && s[i + 3] === '<') {
          const close = s.indexOf('>', i);
          if (close < 0) return false;
          i = close;
        } else return false;
      }
      depth++;
      continue;
    }
    if (c === ')') {
      depth--;
      continue;
    }
    if (c === '|') {
      if (depth === 0 && !whole) return false;
      continue;
    }
    if (c === '*' || c === '+' || c === '?') continue;
    if (c === '{') {
      const close = s.indexOf('}', i);
      if (close < 0 || !/^\{\d*(,\d*)?\}$/.test(s.slice(i, close + 1))) return false;
      i = close;
      continue;
    }
    if (c === '.' || c === '^' || c === '$') return false;
    lits.push(c);
  }
  return lits.every((group) => [...group].every(ok));
}

function storeElement(cur: Value, key: string | null, v: Value): Value {
  const container = cur.container ?? 'unknown';
  if (key === null || ((cur.elems?.size ?? 0) >= MAX_ELEMS && !cur.elems?.has(key))) return { ...cur, container, rest: cur.rest ? join(cur.rest, v) : v };
  const elems = new Map(cur.elems ?? []);
  elems.set(key, v);
  return { ...cur, container, elems };
}

function mergeDict(into: Value, from: Value): Value {
  let out = into;
  if (from.container === 'dict') {
    for (const [k, v] of from.elems ?? []) out = storeElement(out, k, v);
    if (from.rest) out = storeElement(out, null, from.rest);
    if (from.taint.length) out = { ...out, taint: unionTaint(out.taint, from.taint) };
    return out;
  }
  return storeElement(out, null, anyElement(from));
}

function positional(args: ReadonlyArray<{ arg: Arg; value: Value }>, i: number): Value | undefined {
  let n = 0;
  for (let aIndex = 0, aList = args; aIndex < aList.length; aIndex++) {
    const a = aList[aIndex]!;
    if (a.arg.name !== null || a.arg.spread === 'dict') continue;
    if (a.arg.spread === 'list') return anyElement(a.value);
    if (n === i) return a.value;
    n++;
  }
  return undefined;
}

function argValue(args: ReadonlyArray<{ arg: Arg; value: Value }>, position: number | null, keyword?: string): Value | undefined {
  if (keyword !== undefined) {
    const kw = args.find((a) => a.arg.name === keyword);
    if (kw) return kw.value;
    const spread = args.find((a) => a.arg.spread === 'dict');
    if (spread) return anyElement(spread.value);
  }
  return position === null ? undefined : positional(args, position);
}

/** The argument at `position` or passed by `keyword` (the shared rule of src/analyze/check.ts). */
export function argExpr(call: CallExpr, position: number | null, keyword: string | undefined): Expr | null {
  return argument(call, position, keyword);
}

function argIsOneOf(args: ReadonlyArray<{ arg: Arg; value: Value }>, w: { position?: number | undefined; keyword?: string | undefined; equals: ReadonlyArray<string | number | boolean> }): boolean {
  const v = argValue(args, w.position ?? null, w.keyword);
  return v !== undefined && hasConst(v) && w.equals.includes(v.const as string | number | boolean);
}

function sinkArg(args: ReadonlyArray<{ arg: Arg; value: Value }>, ref: ArgRefSpec): Value | undefined {
  if (typeof ref === 'number') return positional(args, ref);
  if (typeof ref === 'string') return argValue(args, null, ref);
  if (ref.anyKeyword) {
    let out: Value | undefined;
    for (let aIndex = 0, aList = args; aIndex < aList.length; aIndex++) {
      const a = aList[aIndex]!;
      if (a.arg.name === null && a.arg.spread !== 'dict') continue;
      const v = a.arg.spread === 'dict' ? anyElement(a.value) : a.value;
      out = out ? join(out, v) : v;
    }
    return out;
  }
  const v = argValue(args, ref.position ?? null, ref.keyword);
  if (v && ref.key !== undefined) return v.container === 'dict' ? elementAt(v, keyOf(ref.key)) : ref.keyOnly ? undefined : v;
  if (!v || ref.element === undefined) return v;
  return v.container ? elementAt(v, keyOf(ref.element)) : v;
}

/**
 * Whether some options object among the positional arguments from `from` on sets `key` to a truthy or
 * unknown value; a positional value that is neither a dictionary nor a list nor a constant may be one.
 */
function optionSet(args: ReadonlyArray<{ arg: Arg; value: Value }>, from: number, key: string): boolean {
  let i = 0;
  for (let aIndex = 0, aList = args; aIndex < aList.length; aIndex++) {
    const a = aList[aIndex]!;
    if (a.arg.name !== null || a.arg.spread === 'dict') continue;
    if (a.arg.spread === 'list') return true;
    if (i++ < from) continue;
    const v = a.value;
    if (v.container === 'dict') {
      const k = keyOf(key);
      if (v.elems?.has(k)) {
        const o = v.elems.get(k)!;
        if (!hasConst(o) || truthy(o.const!)) return true;
      } else if (v.rest) return true;
      continue;
    }
    if (v.container || hasConst(v) || v.fn !== undefined) continue;
    return true;
  }
  return false;
}

/** Argument values by the callee's parameter index. */
export function bindArgs(callee: Unit, args: ReadonlyArray<{ arg: Arg; value: Value }>, recv: Value | undefined): Array<Value | undefined> {
  const params = callee.params;
  const out: Array<Value | undefined> = new Array(params.length).fill(undefined);
  let i = 0;
  if (callee.receiver && recv) out[i++] = recv;
  else if (callee.receiver) i = 1;
  const listParam = params.findIndex((p) => p.type === 'list');
  const dictParam = params.findIndex((p) => p.type === 'dict');
  const put = (idx: number, v: Value) => {
    out[idx] = out[idx] ? join(out[idx]!, v) : v;
  };
  for (let aIndex = 0, aList = args; aIndex < aList.length; aIndex++) {
    const a = aList[aIndex]!;
    if (a.arg.spread === 'list') {
      for (let j = i; j < params.length; j++) if (params[j]!.type === 'normal') put(j, anyElement(a.value));
      if (listParam >= 0) put(listParam, a.value);
      continue;
    }
    if (a.arg.spread === 'dict') {
      for (let j = 0; j < params.length; j++) if (out[j] === undefined) put(j, anyElement(a.value));
      continue;
    }
    if (a.arg.name !== null) {
      const j = params.findIndex((p) => p.name === a.arg.name && p.type === 'normal');
      if (j >= 0) put(j, a.value);
      else if (dictParam >= 0) put(dictParam, a.value);
      continue;
    }
    while (i < params.length && params[i]!.type !== 'normal') {
      if (params[i]!.type === 'list') break;
      i++;
    }
    if (i < params.length && params[i]!.type === 'normal') put(i++, a.value);
    else if (listParam >= 0) put(listParam, a.value);
  }
  return out;
}

/**
 * The value of each container literal made of literals only (`{'A': 1, 'B': (2, 3)}`): the same object every
 * time the interpreter meets the literal. A module's big constant tables are evaluated on every visit of their
 * block; as one object, joins and comparisons of the environments holding them stop at identity instead of
 * walking every element (values are never changed in place).
 */
const constantContainers = new WeakMap<Expr, Value>();

function rememberIfConstant(e: Expr, v: Value): Value {
  if (isLiteralContainer(e)) constantContainers.set(e, v);
  return v;
}

function isLiteralContainer(e: Expr): boolean {
  if (e.kind === 'literal') return e.type !== 'ellipsis';
  if (e.kind === 'sequence') return e.elements.every(isLiteralContainer);
  if (e.kind === 'dict') return e.entries.every((ent) => ent.key !== null && isLiteralContainer(ent.key) && isLiteralContainer(ent.value));
  return false;
}
