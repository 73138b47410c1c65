/**
 * Which units of a module the interpreter needs to run.
 *
 * A module that reads untrusted data somewhere (a `main()` reading `sys.argv`,
 * one Flask view) is usually mostly code that never sees that data. Running the
 * interpreter over all of it would only confirm that no flow exists there, and
 * that is most of the dataflow cost on a large code base. So the engine
 * interprets only the units untrusted data can be present in:
 *
 * - units that read a source (or are entry points with untrusted parameters);
 * - their callers, transitively: a return value may carry the data up;
 * - the callees of all of those, transitively: arguments carry it down;
 * - the methods of a class that read a field (`self.x`) a method of the class
 *   that is already in stores to, and then their callers and callees again;
 * - enclosing and nested functions of any of those (closures capture
 *   variables; module-level variables are globals, see below).
 *
 * "Calls" are over-approximated by name: a unit calls every function or
 * method whose name it mentions as an identifier or attribute, and the
 * constructor of every class it mentions, so a function passed as a callback
 * or called through `self.` or an instance counts. Over-approximation only costs time; a missed edge would lose a flow.
 * Every unit runs when a module-level binding reads a source (any function
 * may read it as a global).
 */
import type { Scope, ScopeTree } from '../analyze/scope.js';
import type { ClassDef, Expr, Node } from '../ir/types.js';
import { forEachChild, walkTree } from '../ir/walk.js';
import type { Unit } from './types.js';

/**
 * Whether a name or attribute chain reads untrusted data: true or false for a
 * chain that resolves to a qualified name (its inner parts are not sources on
 * their own: `sys` of `sys.stdout`), 'parent' for the parent of sources (`sys`
 * of `sys.argv`, flask's bare `request`), which reads one only where it can
 * travel (see isInertSlot), null when it does not resolve and its parts must be
 * tested one by one.
 */
export type SourceTest = (n: Node & { kind: 'name' | 'attribute' }, scope: Scope) => boolean | 'parent' | null;

/**
 * Whether `child`, a child of `parent`, is a slot where the parent of sources
 * is inert. The interpreter finds a source under a parent only through an
 * alias (`s = sys; s.argv`), so a parent is no read where no alias can come
 * of it: an argument of a call to code outside the module (`hasattr(sys, 'x')`,
 * `type(sys)`; the spec models such calls by taint, and a parent carries
 * none), a `del` target, an operand of a comparison. Without this, one
 * `hasattr(sys, …)` at module level makes every function of a library run
 * through the interpreter. Asked only where a parent turns up (rarely), so
 * the walks pass the parent node along instead of working this out for every
 * call. `scope` is the scope both are in.
 */
export function isInertSlot(parent: Node | null, child: Node, scope: Scope, scopes: ScopeTree): boolean {
  if (parent === null) return false;
  if (parent.kind === 'call') return child !== parent.callee && parent.args.some((a) => a.value === child) && scopes.qualifiedName(parent.callee, scope) !== null;
  if (parent.kind === 'delete') return parent.targets.includes(child as Expr);
  if (parent.kind === 'compare') return child === parent.left || parent.comparators.includes(child as Expr);
  return false;
}

/** A verdict of a SourceTest at `n`: a parent counts as a read unless it sits in an inert slot of `parent`. */
function readsAt(verdict: boolean | 'parent' | null, n: Node, parent: Node | null, scope: Scope, scopes: ScopeTree): boolean | null {
  return verdict === 'parent' ? !isInertSlot(parent, n, scope, scopes) : verdict;
}

interface UnitFacts {
  /** Identifiers and attribute names the unit's own code mentions (not its nested units'). */
  mentions: Set<string>;
  /** Attribute names the unit assigns to (`x.attr = …`). */
  stores: Set<string>;
  readsSource: boolean;
  nested: number[];
  parent: number | null;
}

/**
 * The units to interpret, callees before callers (so that most summaries are
 * ready when a caller first runs and fewer units run twice). `units` is
 * indexed by unit id.
 */
export function unitsToInterpret(
  units: readonly Unit[],
  scopes: ScopeTree,
  sources: SourceTest,
  globals: ReadonlyMap<string, Expr>,
  constructorName: string | null,
): number[] {

  const byOwner = new Map<Unit['owner'], Unit>();
  for (const u of units) byOwner.set(u.owner, u);
  const facts = new Map<number, UnitFacts>();
  for (const u of units) facts.set(u.id, { mentions: new Set(), stores: new Set(), readsSource: false, nested: [], parent: null });
  for (const u of units) collectFacts(u, byOwner, facts, scopes, sources);

  // Name → units it may call: functions and methods by their name, a class's constructor by the class name.
  const byName = new Map<string, number[]>();
  const add = (name: string, id: number) => {
    const list = byName.get(name);
    if (list) list.push(id);
    else byName.set(name, [id]);
  };
  const classMethods = new Map<ClassDef, number[]>();
  for (const u of units) {
    if ('kind' in u.owner && u.owner.kind === 'function') add(u.owner.name, u.id);
    if (u.classDef) {
      if ('kind' in u.owner && u.owner.kind === 'function' && u.owner.name === constructorName) add(u.classDef.name, u.id);
      const list = classMethods.get(u.classDef);
      if (list) list.push(u.id);
      else classMethods.set(u.classDef, [u.id]);
    }
  }
  // A module-level name bound once to a function, a lambda or another name (`run = lambda c: …`,
  // `g = f`) calls what its value names.
  for (const [name, expr] of globals) {
    const named = new Set<number>();
    walkTree(expr, (n) => {
      if (n.kind === 'name') for (const v of byName.get(n.id) ?? []) named.add(v);
      const own = byOwner.get(n as Unit['owner']);
      if (own) named.add(own.id);
    });
    for (const v of named) add(name, v);
  }
  // Asked for many times (callers, closures, ordering): computed once per unit.
  const calleeLists = new Map<number, number[]>();
  const callees = (id: number): number[] => {
    let out = calleeLists.get(id);
    if (!out) {
      out = [];
      for (const m of facts.get(id)!.mentions) for (const v of byName.get(m) ?? []) if (v !== id) out.push(v);
      calleeLists.set(id, out);
    }
    return out;
  };
  const callers = new Map<number, number[]>();
  for (const u of units) {
    for (const v of callees(u.id)) {
      const list = callers.get(v);
      if (list) list.push(u.id);
      else callers.set(v, [u.id]);
    }
  }
  const family = (id: number): number[] => {
    const f = facts.get(id)!;
    return f.parent === null ? f.nested : [...f.nested, f.parent];
  };
  // A module-level name bound to untrusted data is visible in every function.
  const moduleScope = scopes.module;
  const everything = [...globals.values()].some((expr) => mentionsSource(expr, moduleScope, scopes, sources));
  const relevant = everything ? new Set(units.map((u) => u.id)) : present(units, facts, callees, callers, family, classMethods);
  // What should run before a unit: its callees, except the functions nested in it (they see its
  // variables, so they run after it), its enclosing function, and the methods that store fields it reads.
  const writers = (id: number): number[] => {
    const cls = units[id]!.classDef;
    if (!cls) return [];
    const mentions = facts.get(id)!.mentions;
    return (classMethods.get(cls) ?? []).filter((m) => m !== id && [...facts.get(m)!.stores].some((a) => mentions.has(a)));
  };
  const before = (id: number): number[] => {
    const f = facts.get(id)!;
    const nested = new Set(f.nested);
    const deps = callees(id).filter((c) => !nested.has(c));
    if (f.parent !== null) deps.push(f.parent);
    return [...deps, ...writers(id)];
  };
  return dependenciesFirst(relevant, before);
}

function present(
  units: readonly Unit[],
  facts: ReadonlyMap<number, UnitFacts>,
  callees: (id: number) => number[],
  callers: ReadonlyMap<number, number[]>,
  family: (id: number) => number[],
  classMethods: ReadonlyMap<ClassDef, number[]>,
): Set<number> {
  const closure = (start: Iterable<number>, next: (id: number) => Iterable<number>): Set<number> => {
    const seen = new Set(start);
    const work = [...seen];
    while (work.length) {
      const id = work.pop()!;
      for (const n of next(id)) {
        if (seen.has(n)) continue;
        seen.add(n);
        work.push(n);
      }
    }
    return seen;
  };
  const carriers = new Set<number>();
  for (const u of units) if (facts.get(u.id)!.readsSource || (u.entry && (u.entry.tainted.size > 0 || u.entry.types.size > 0))) carriers.add(u.id);
  if (carriers.size === 0) return carriers;
  for (;;) {
    const up = closure(carriers, (id) => [...(callers.get(id) ?? []), ...family(id)]);
    const reached = closure(up, (id) => [...callees(id), ...family(id)]);
    let grew = false;
    const stored = new Map<ClassDef, Set<string>>();
    for (const id of reached) {
      const cls = units[id]!.classDef;
      if (!cls) continue;
      const set = stored.get(cls) ?? new Set<string>();
      for (const attr of facts.get(id)!.stores) set.add(attr);
      stored.set(cls, set);
    }
    for (const [cls, attrs] of stored) {
      if (attrs.size === 0) continue;
      for (const mate of classMethods.get(cls) ?? []) {
        if (up.has(mate)) continue;
        if ([...facts.get(mate)!.mentions].some((m) => attrs.has(m))) {
          up.add(mate);
          grew = true;
        }
      }
    }
    for (const id of up) carriers.add(id);
    if (!grew) return reached;
  }
}

/** Depth-first post-order: dependencies first; cycles broken where the walk enters them. */
function dependenciesFirst(relevant: ReadonlySet<number>, deps: (id: number) => number[]): number[] {
  const order: number[] = [];
  const state = new Map<number, 'open' | 'done'>();
  for (const root of [...relevant].sort((a, b) => a - b)) {
    if (state.has(root)) continue;
    state.set(root, 'open');
    const stack: Array<{ id: number; next: number[]; at: number }> = [{ id: root, next: deps(root), at: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.at < top.next.length) {
        const c = top.next[top.at++]!;
        if (!relevant.has(c) || state.has(c)) continue;
        state.set(c, 'open');
        stack.push({ id: c, next: deps(c), at: 0 });
        continue;
      }
      stack.pop();
      state.set(top.id, 'done');
      order.push(top.id);
    }
  }
  return order;
}

function collectFacts(u: Unit, byOwner: Map<Unit['owner'], Unit>, facts: Map<number, UnitFacts>, scopes: ScopeTree, sources: SourceTest): void {
  const f = facts.get(u.id)!;
  // What `visitChild` passes on: one visitor for the whole walk, no closure per node.
  let childScope: Scope = u.scope;
  /** An attribute chain already tested as a whole, whose object is visited next. */
  let testedChain: (Node & { kind: 'attribute' }) | null = null;
  let childParent: Node | null = null;
  const visitChild = (c: Node) => visit(c, childScope, testedChain !== null && c === testedChain.object, childParent);
  /** `tested`: inside a chain already tested as a whole; `parent`: the node `n` is a child of (see isInertSlot). */
  const visit = (n: Node, scope: Scope, tested: boolean, parent: Node | null = null) => {
    if (n.kind === 'function' || n.kind === 'lambda') {
      const inner = byOwner.get(n);
      if (inner && inner !== u) {
        // A closure sees its enclosing function's variables; the module's are globals, handled above.
        if ('kind' in u.owner) {
          f.nested.push(inner.id);
          facts.get(inner.id)!.parent = u.id;
        }
        // Decorators and defaults run in this unit.
        if (n.kind === 'function') for (const d of n.decorators) visit(d, scope, false);
        for (const p of n.params) {
          if (p.default) visit(p.default, scope, false);
        }
        return;
      }
    }
    if (n.kind === 'class') {
      // Naming a base class is not a call; decorators and the body run here.
      for (const d of n.decorators) {
        visit(d, scope, false);
      }
      const inner = scopes.scopeOf(n);
      for (let stIndex = 0, stList = n.body; stIndex < stList.length; stIndex++) {
        const st = stList[stIndex]!;
        visit(st, inner, false);
      }
      return;
    }
    if (n.kind === 'assign') for (const t of n.targets) noteStores(t, f.stores);
    let chain = false;
    if (n.kind === 'name' || n.kind === 'attribute') {
      f.mentions.add(n.kind === 'name' ? n.id : n.attr);
      if (!tested && !f.readsSource) {
        const verdict = sources(n, scope);
        if (readsAt(verdict, n, parent, scope, scopes)) f.readsSource = true;
        chain = verdict !== null;
      }
    }
    const outerScope = childScope;
    const outerChain = testedChain;
    const outerParent = childParent;
    childScope = scope;
    testedChain = (tested || chain) && n.kind === 'attribute' ? n : null;
    childParent = n;
    forEachChild(n, visitChild);
    childScope = outerScope;
    testedChain = outerChain;
    childParent = outerParent;
  };
  const owner = u.owner;
  if ('kind' in owner && owner.kind === 'lambda') visit(owner.body, u.scope, false);
  else for (const s of owner.body) visit(s, u.scope, false);
}

function noteStores(target: Expr, into: Set<string>): void {
  if (target.kind === 'attribute') into.add(target.attr);
  else if (target.kind === 'sequence') for (const e of target.elements) noteStores(e, into);
  else if (target.kind === 'starred') noteStores(target.value, into);
}

function mentionsSource(expr: Expr, scope: Scope, scopes: ScopeTree, sources: SourceTest): boolean {
  let found = false;
  let childScope = scope;
  let childParent: Node | null = null;
  const visitChild = (c: Node) => visit(c, childScope, childParent);
  const visit = (n: Node, s: Scope, parent: Node | null) => {
    if (found) return;
    if (n.kind === 'name' || n.kind === 'attribute') {
      const verdict = readsAt(sources(n, s), n, parent, s, scopes);
      if (verdict !== null) {
        found = verdict;
        return;
      }
    }
    const outerScope = childScope;
    const outerParent = childParent;
    childScope = n.kind === 'lambda' ? scopes.scopeOf(n) : s;
    childParent = n;
    forEachChild(n, visitChild);
    childScope = outerScope;
    childParent = outerParent;
  };
  visit(expr, scope, null);
  return found;
}
