/**
 * The module-wide dataflow engine: finds the units (module top level,
 * functions, methods, lambdas), recognises entry points from the spec
 * (framework handlers whose parameters are untrusted), runs the abstract
 * interpreter over each unit and iterates function summaries bottom-up to a
 * bounded fixpoint, so a call to a same-file function uses what its body does.
 */
import { moduleConstants } from '../analyze/constants.js';
import type { Scope, ScopeOwner, ScopeTree } from '../analyze/scope.js';
import type { Arg, CallExpr, ClassDef, Expr, FunctionDef, Module, Node, Param, Range } from '../ir/types.js';
import { forEachChild } from '../ir/walk.js';
import { buildCfg, type Cfg } from './cfg.js';
import { DataflowBudgetExceeded, UnitInterpreter, type UnitHost, argExpr, bindArgs, timeBudgetExceeded } from './interpret.js';
import { isInertSlot, type SourceTest, unitsToInterpret } from './relevance.js';
import { NameMatcher, type TaintSpec } from './spec.js';
import { type DataflowResult, EMPTY_SUMMARY, type EntryInfo, type Flow, type IncompleteUnit, type SinkSite, type Summary, type Unit } from './types.js';
import { type Taint, type Value, UNKNOWN, addStep, allTaint, equalValue, join, taintKey, unionTaint } from './values.js';

/** Rounds of summary recomputation before the engine settles for what it has. */
export const MAX_ROUNDS = 5;

/** `constants` is the module's constant table when the caller already has it (the check runner does). */
export function analyzeModule(
  module: Module,
  scopes: ScopeTree,
  spec: TaintSpec,
  deadline = Number.POSITIVE_INFINITY,
  constants: Map<string, Expr> = moduleConstants(module),
): DataflowResult {
  return new Engine(module, scopes, spec, deadline, constants).run();
}

class Engine implements UnitHost {
  private readonly units: Unit[] = [];
  private readonly cfgs = new Map<number, Cfg>();
  private readonly summaries = new Map<number, Summary>();
  private readonly callers = new Map<number, Set<number>>();
  private readonly fnByScope = new Map<ScopeOwner, Map<string, number>>();
  private readonly methods = new Map<ClassDef, Map<string, number>>();
  private readonly lambdas = new Map<string, number>();
  /** Local classes by key (`#class@line:col`); an instance's ref is the key plus `()`. */
  private readonly classes = new Map<string, ClassDef>();
  private readonly classByScope = new Map<ScopeOwner, Map<string, string>>();
  private readonly constExprs: Map<string, Expr>;
  private readonly globalCache = new Map<string, Value>();
  private readonly computing = new Set<string>();
  private readonly sources = new Set<string>();
  private readonly reachedCalls = new Set<string>();
  private readonly sinkSites = new Map<string, SinkSite>();
  private readonly imports = new Set<string>();
  private readonly dirty = new Set<number>();
  /** Local class → field → what its methods store there (constants, real taints). */
  private readonly fields = new Map<ClassDef, Map<string, Value>>();
  /** Local class → field → constructor parameter taints stored there. */
  private readonly ctorFields = new Map<ClassDef, Map<string, readonly Taint[]>>();
  /** "class@line:col.attr" → units that read the field (re-run when it changes). */
  private readonly fieldReaders = new Map<string, Set<number>>();
  /** Fields set from a non-constructor method's parameter: unknown content. */
  private readonly opaqueFields = new Map<ClassDef, Set<string>>();
  private readonly module: Module;
  /** Nested unit → enclosing variables it sees (joined over definition and call sites). */
  private readonly captures = new Map<number, Map<string, Value>>();
  private globalsInterp: UnitInterpreter | null = null;
  private readonly moduleUnit: Unit;

  constructor(
    module: Module,
    private readonly scopes: ScopeTree,
    readonly spec: TaintSpec,
    readonly deadline: number,
    constants: Map<string, Expr>,
  ) {
    this.module = module;
    this.constExprs = constants;
    const pending: Array<{ fn: FunctionDef; unit: Unit; outer: Scope }> = [];
    // Functions passed to calls matter only to entry points found that way (`app.get('/', handler)`).
    const callbackEntries = spec.entrypoints.some((ep) => ep.callbackOf);
    // The owner and class of the nodes `visitChild` visits: one visitor for the whole walk, no closure per node.
    let childOwner: ScopeOwner = module;
    let childClass: ClassDef | null = null;
    const visitChild = (c: Node) => visit(c, childOwner, childClass);
    const visit = (node: Node, owner: ScopeOwner, cls: ClassDef | null) => {
      if (node.kind === 'import') {
        for (const n of node.names) {
          this.imports.add(node.from !== null ? node.from : n.name);
        }
        return;
      }
      if (node.kind === 'function') {
        for (const d of node.decorators) {
          visit(d, owner, null);
        }
        for (const p of node.params) {
          if (p.default) visit(p.default, owner, null);
        }
        const isStatic = node.decorators.some((d) => {
          const q = d.kind === 'name' ? scopes.resolveName(d.id, scopes.scopeOf(owner)) : null;
          return q !== null && spec.language.staticMethodDecorators.has(q);
        });
        if (node.expression) cls = null; // a function value stored in a class field is not a method
        const receiver = cls !== null && spec.language.methodReceiver === 'first-param' && !isStatic && node.params.length > 0;
        const label = node.name || `<function@${node.range.line}>`;
        const unit = this.newUnit(node, cls ? `${cls.name}.${label}` : label, node.params, cls, receiver);
        // A function expression binds no name where it is written; it is found by its position, like a lambda.
        if (node.expression) this.lambdas.set(lambdaKey(node.range), unit.id);
        else this.bindFn(owner, node.name, unit.id);
        if (cls) {
          if (!this.methods.has(cls)) this.methods.set(cls, new Map());
          this.methods.get(cls)!.set(node.name, unit.id);
        }
        pending.push({ fn: node, unit, outer: scopes.scopeOf(owner) });
        for (let sIndex = 0, sList = node.body; sIndex < sList.length; sIndex++) {
          const s = sList[sIndex]!;
          visit(s, node, null);
        }
        this.units.push(unit);
        return;
      }
      if (node.kind === 'class') {
        const key = `#class@${node.range.line}:${node.range.col}`;
        this.classes.set(key, node);
        if (!this.classByScope.has(owner)) this.classByScope.set(owner, new Map());
        this.classByScope.get(owner)!.set(node.name, key);
        for (const d of node.decorators) {
          visit(d, owner, null);
        }
        for (const b of node.bases) {
          visit(b.value, owner, null);
        }
        for (let sIndex = 0, sList = node.body; sIndex < sList.length; sIndex++) {
          const s = sList[sIndex]!;
          visit(s, node, node);
        }
        return;
      }
      if (node.kind === 'lambda') {
        for (const p of node.params) {
          if (p.default) visit(p.default, owner, null);
        }
        const unit = this.newUnit(node, `<lambda@${node.range.line}>`, node.params, null, false);
        this.lambdas.set(lambdaKey(node.range), unit.id);
        visit(node.body, node, null);
        this.units.push(unit);
        return;
      }
      const outerOwner = childOwner;
      const outerClass = childClass;
      childOwner = owner;
      childClass = cls;
      forEachChild(node, visitChild);
      childOwner = outerOwner;
      childClass = outerClass;
      if (node.kind === 'call' && callbackEntries) this.noteCallbacks(node, owner);
      if (node.kind === 'assign' && (node.value?.kind === 'lambda' || (node.value?.kind === 'function' && node.value.expression)) && node.targets.length === 1 && node.targets[0]!.kind === 'name') {
        const id = this.lambdas.get(lambdaKey(node.value.range));
        if (id !== undefined) this.bindFn(owner, node.targets[0].id, id);
      }
    };
    for (const s of module.body) visit(s, module, null);
    if (callbackEntries) this.resolveNamedCallbacks();
    this.moduleUnit = this.newUnit(module, '<module>', [], null, false);
    this.units.push(this.moduleUnit);
    for (const p of pending) p.unit.entry = this.entryFor(p.fn, p.unit, p.outer);
  }

  private unitsById: Unit[] = [];
  /** Functions passed as arguments (`app.get('/', handler)`), with the calls they are passed to. */
  private readonly callbackCalls = new Map<Node, Array<{ call: CallExpr; scope: Scope }>>();
  private readonly namedCallbacks: Array<{ name: string; owner: ScopeOwner; call: CallExpr }> = [];

  private noteCallbacks(call: CallExpr, owner: ScopeOwner): void {
    for (let aIndex = 0, aList = call.args; aIndex < aList.length; aIndex++) {
      const a = aList[aIndex]!;
      const v = a.value;
      if (v.kind === 'lambda' || (v.kind === 'function' && v.expression)) this.addCallback(v, call, this.scopes.scopeOf(owner));
      else if (v.kind === 'name') this.namedCallbacks.push({ name: v.id, owner, call });
    }
  }

  private addCallback(fn: Node, call: CallExpr, scope: Scope): void {
    const list = this.callbackCalls.get(fn);
    if (list) list.push({ call, scope });
    else this.callbackCalls.set(fn, [{ call, scope }]);
  }

  /** `app.get('/', handler)` where `handler` is a function of the file: it is a callback of that call. */
  private resolveNamedCallbacks(): void {
    for (const { name, owner, call } of this.namedCallbacks) {
      for (let s: Scope | null = this.scopes.scopeOf(owner); s; s = s.parent) {
        if (!s.bindings.has(name)) continue;
        const id = this.fnByScope.get(s.owner)?.get(name);
        const fn = id !== undefined ? this.unitsById[id]!.owner : undefined;
        if (fn && 'kind' in fn) this.addCallback(fn, call, this.scopes.scopeOf(owner));
        break;
      }
    }
  }

  /** Whether a parameter carries a decorator (a call or a name) resolving to one of `names`. */
  private decoratedWith(p: Param, names: readonly string[], scope: Scope): boolean {
    return (p.decorators ?? []).some((d) => {
      const q = this.resolveStatic(d.kind === 'call' ? d.callee : d, scope);
      return q !== null && matches(names, q);
    });
  }

  private importsAny(modules: readonly string[] | undefined): boolean {
    return !modules || modules.some((m) => this.imports.has(m) || [...this.imports].some((i) => i.startsWith(`${m}.`) || i.startsWith(`${m}/`)));
  }

  private newUnit(owner: Unit['owner'], name: string, params: Unit['params'], cls: ClassDef | null, receiver: boolean): Unit {
    const id = this.unitsById.length;
    const scope = this.scopes.scopeOf(owner as ScopeOwner);
    const unit: Unit = { id, owner, name, params, scope, classDef: cls, receiver, entry: null };
    this.unitsById.push(unit);
    return unit;
  }

  private bindFn(owner: ScopeOwner, name: string, id: number): void {
    if (!this.fnByScope.has(owner)) this.fnByScope.set(owner, new Map());
    this.fnByScope.get(owner)!.set(name, id);
  }

  run(): DataflowResult {
    // Most modules of a library or tool read no untrusted data at all; interpreting
    // them would only confirm that no flow exists. Their sinks are still listed.
    const sinks = this.sourcesCertain() ? null : this.sinksWithoutInterpreting(undefined, true);
    if (sinks) return { flows: [], sinks, sourceCount: 0, reachedCalls: new Set(), incomplete: [], unitCount: this.units.length };
    const unitFlows = new Map<number, Flow[]>();
    const incomplete: IncompleteUnit[] = [];
    const dirty = this.dirty;
    // Only the units untrusted data can reach, dependencies first (see relevance.ts); the
    // others are listed for their sinks, and run only if a field or capture they read changes.
    const toRun = unitsToInterpret(this.unitsById, this.scopes, this.readsSource, this.constExprs, this.spec.language.constructorName);
    for (const id of toRun) dirty.add(id);
    const skipped = new Set(this.units.filter((u) => !dirty.has(u.id)).map((u) => u.id));
    const staticSinks = skipped.size ? (this.sinksWithoutInterpreting(skipped) ?? []) : [];
    const sequence = [...toRun.map((id) => this.unitsById[id]!), ...this.units.filter((u) => skipped.has(u.id))];
    for (let round = 0; round < MAX_ROUNDS && dirty.size; round++) {
      for (const u of sequence) {
        if (!dirty.delete(u.id)) continue;
        let summary: Summary;
        try {
          if (performance.now() > this.deadline) throw timeBudgetExceeded();
          const out = new UnitInterpreter(this, u, this.cfgOf(u)).run();
          summary = out.summary;
          unitFlows.set(u.id, out.flows);
        } catch (err) {
          // Work budget, or nesting deeper than the stack (RangeError): stop this unit, keep the rest.
          if (!(err instanceof DataflowBudgetExceeded) && !(err instanceof RangeError)) throw err;
          const reason = err instanceof RangeError ? 'nesting too deep to analyse' : err.message;
          if (!incomplete.some((x) => x.unit === u.name)) incomplete.push({ unit: u.name, range: rangeOf(u), reason });
          // Give up on precision for this unit: every parameter may reach the result.
          summary = { returns: u.params.map((p, i): Taint => ({ label: `parameter ${p.name}`, range: p.range, param: i, sanitized: [], steps: [] })), sinks: [] };
          unitFlows.set(u.id, []);
        }
        const old = this.summaries.get(u.id);
        if (!old || !sameSummary(old, summary)) {
          this.summaries.set(u.id, summary);
          for (const c of this.callers.get(u.id) ?? []) dirty.add(c);
        }
      }
    }
    const flows = new Map<string, Flow>();
    for (const list of unitFlows.values()) {
      for (const f of list) {
        const key = `${f.sink.range.line}:${f.sink.range.col}:${f.class}|${f.source.range.line}:${f.source.range.col}`;
        const prev = flows.get(key);
        if (!prev || f.steps.length < prev.steps.length) flows.set(key, f);
      }
    }
    const sorted = [...flows.values()].sort(
      (a, b) => a.sink.range.line - b.sink.range.line || a.sink.range.col - b.sink.range.col || a.source.range.line - b.source.range.line,
    );
    for (const site of staticSinks) this.sinkSites.set(`${site.range.line}:${site.range.col}:${site.class}`, site);
    return {
      flows: sorted,
      sinks: [...this.sinkSites.values()],
      sourceCount: this.sources.size,
      reachedCalls: this.reachedCalls,
      incomplete,
      unitCount: this.units.length,
    };
  }

  private cfgOf(u: Unit): Cfg {
    let cfg = this.cfgs.get(u.id);
    if (!cfg) {
      cfg = buildCfg(u.owner, {
        noReturn: (e) => e.kind === 'call' && this.spec.noReturn.match(this.resolveStatic(e.callee, u.scope) ?? unresolvedName(e.callee)).length > 0,
      });
      this.cfgs.set(u.id, cfg);
    }
    return cfg;
  }

  // ------------------------------------------------------------------ UnitHost

  resolveName(id: string, scope: Scope): string | null {
    return this.scopes.resolveName(id, scope);
  }

  loadedModule(call: CallExpr, scope: Scope): string | null {
    return this.scopes.loadedModule(call, scope);
  }

  lookupFree(id: string, unit: Unit): Value {
    const q = this.scopes.resolveName(id, unit.scope);
    if (q !== null) return { taint: [], ref: q };
    for (let s: Scope | null = unit.scope; s; s = s.parent) {
      if (s !== unit.scope && isClass(s.owner)) continue;
      if (!s.bindings.has(id)) continue;
      const fn = this.fnByScope.get(s.owner)?.get(id);
      if (fn !== undefined) return { taint: [], fn };
      const cls = this.classByScope.get(s.owner)?.get(id);
      if (cls !== undefined) return { taint: [], ref: cls };
      // Inside a function, or while working out another module-level value (`db = new sqlite3.Database()` after
      // `sqlite3 = require('sqlite3').verbose()`): the module-level value.
      if (s === this.scopes.module && (unit !== this.moduleUnit || this.computing.size > 0)) return this.globalValue(id);
      if (s !== unit.scope) return this.captures.get(unit.id)?.get(id) ?? UNKNOWN;
      return UNKNOWN;
    }
    return UNKNOWN;
  }

  functionNamed(id: string, unit: Unit): number | null {
    if (id.startsWith('#lambda@')) return this.lambdas.get(id) ?? null;
    for (let s: Scope | null = unit.scope; s; s = s.parent) {
      if (s !== unit.scope && isClass(s.owner)) continue;
      if (!s.bindings.has(id)) continue;
      return this.fnByScope.get(s.owner)?.get(id) ?? null;
    }
    return null;
  }

  methodNamed(unit: Unit, name: string): number | null {
    return unit.classDef ? (this.methods.get(unit.classDef)?.get(name) ?? null) : null;
  }

  methodOf(ref: string, name: string): number | null {
    const cls = ref.endsWith('()') ? this.classes.get(ref.slice(0, -2)) : undefined;
    return cls ? (this.methods.get(cls)?.get(name) ?? null) : null;
  }

  unit(id: number): Unit {
    return this.unitsById[id]!;
  }

  summaryOf(caller: number, callee: number): Summary {
    if (!this.callers.has(callee)) this.callers.set(callee, new Set());
    this.callers.get(callee)!.add(caller);
    return this.summaries.get(callee) ?? EMPTY_SUMMARY;
  }

  noteSource(range: Range): void {
    this.sources.add(`${range.line}:${range.col}`);
  }

  fieldValue(cls: ClassDef, attr: string, reader: number): Value | undefined {
    const key = fieldKey(cls, attr);
    if (!this.fieldReaders.has(key)) this.fieldReaders.set(key, new Set());
    this.fieldReaders.get(key)!.add(reader);
    if (this.opaqueFields.get(cls)?.has(attr)) return undefined;
    return this.fields.get(cls)?.get(attr);
  }

  noteField(cls: ClassDef, attr: string, value: Value, from: Unit): void {
    const all = allTaint(value);
    const params = all.filter((t) => t.param !== undefined);
    if (params.length) {
      const ctor = this.spec.language.constructorName;
      if (ctor && from.owner !== this.module && 'name' in from.owner && from.owner.name === ctor && from.classDef === cls) {
        // A constructor parameter: becomes real at each construction of the class.
        if (!this.ctorFields.has(cls)) this.ctorFields.set(cls, new Map());
        const m = this.ctorFields.get(cls)!;
        m.set(attr, unionTaint(m.get(attr) ?? [], params));
      } else {
        // Set from another method's parameter: the field's content is not known here.
        if (!this.opaqueFields.has(cls)) this.opaqueFields.set(cls, new Set());
        this.opaqueFields.get(cls)!.add(attr);
      }
      value = { taint: all.filter((t) => t.param === undefined) };
    }
    this.mergeField(cls, attr, value);
  }

  noteConstruction(classRef: string, args: ReadonlyArray<{ arg: Arg; value: Value }>): void {
    const cls = this.classes.get(classRef);
    const ctor = this.spec.language.constructorName;
    const init = cls && ctor ? this.methods.get(cls)?.get(ctor) : undefined;
    const stored = cls ? this.ctorFields.get(cls) : undefined;
    if (!cls || init === undefined || !stored) return;
    const bound = bindArgs(this.unit(init), args, undefined);
    for (const [attr, taints] of stored) {
      let real: readonly Taint[] = [];
      for (const t of taints) {
        const arg = bound[t.param!];
        if (!arg) continue;
        const outer = allTaint(arg).filter((x) => x.param === undefined);
        real = unionTaint(real, outer.map((x) => t.steps.reduce((acc, st) => addStep(acc, st), x)));
      }
      if (real.length) this.mergeField(cls, attr, { taint: real });
    }
  }

  private mergeField(cls: ClassDef, attr: string, value: Value): void {
    if (!this.fields.has(cls)) this.fields.set(cls, new Map());
    const m = this.fields.get(cls)!;
    const old = m.get(attr);
    const next = old ? join(old, value) : value;
    if (old && equalValue(old, next)) return;
    m.set(attr, next);
    for (const id of this.fieldReaders.get(fieldKey(cls, attr)) ?? []) this.dirty.add(id);
  }

  noteCapture(inner: number, name: string, value: Value): void {
    let m = this.captures.get(inner);
    if (!m) {
      m = new Map();
      this.captures.set(inner, m);
    }
    const old = m.get(name);
    const next = old ? join(old, value) : value;
    if (old && equalValue(old, next)) return;
    m.set(name, next);
    this.dirty.add(inner);
  }

  private readonly namesUsed = new Map<number, Set<string>>();

  namesUsedIn(unit: number): ReadonlySet<string> {
    let names = this.namesUsed.get(unit);
    if (!names) {
      const found = new Set<string>();
      const visit = (n: Node) => {
        if (n.kind === 'name') found.add(n.id);
        forEachChild(n, visit);
      };
      const owner = this.unitsById[unit]!.owner;
      if ('kind' in owner && owner.kind === 'lambda') visit(owner.body);
      else for (const s of owner.body) visit(s);
      names = found;
      this.namesUsed.set(unit, names);
    }
    return names;
  }

  noteCall(range: Range): void {
    this.reachedCalls.add(`${range.line}:${range.col}`);
  }

  noteSink(site: SinkSite): void {
    this.sinkSites.set(`${site.range.line}:${site.range.col}:${site.class}`, site);
  }

  // ------------------------------------------------------------------ globals

  /** The value of a module-level name bound once (a constant, an allow-list, `app = Flask(...)`). */
  private globalValue(id: string): Value {
    const cached = this.globalCache.get(id);
    if (cached) return cached;
    const expr = this.constExprs.get(id);
    if (!expr || this.computing.has(id)) return UNKNOWN;
    this.computing.add(id);
    try {
      this.globalsInterp ??= new UnitInterpreter(this, this.moduleUnit, this.cfgOf(this.moduleUnit));
      const v = this.globalsInterp.evalQuiet(expr);
      this.globalCache.set(id, v);
      return v;
    } catch (err) {
      if (err instanceof DataflowBudgetExceeded) return UNKNOWN;
      throw err;
    } finally {
      this.computing.delete(id);
    }
  }

  /**
   * True when a source can fire in this module whatever its code says: an
   * entry point with untrusted parameters, an import of a module whose
   * instances have sources, or a source the hints cannot name. Otherwise the
   * code itself decides (see sinksWithoutInterpreting's `untilSource`).
   */
  private sourcesCertain(): boolean {
    if (this.units.some((u) => u.entry && (u.entry.tainted.size > 0 || u.entry.types.size > 0))) return true;
    const hints = sourceHints(this.spec);
    if (hints.unknowable) return true;
    // Sources on instances (`socket.socket().recv`) cannot be named statically: the import must do.
    for (const imp of this.imports) if (hints.instanceRoots.has(imp.split('.')[0]!)) return true;
    return false;
  }

  /**
   * Whether a name or attribute chain reads untrusted data (see SourceTest):
   * an attribute named like a `*.name` source, or a whole dotted chain naming a
   * source (`sys.argv`), the type of instances that have sources
   * (`socket.socket`), or the parent of sources, which may be passed around (a
   * bare flask `request`).
   */
  private readonly readsSource: SourceTest = (n, scope) => {
    const hints = sourceHints(this.spec);
    if (n.kind === 'attribute' && hints.attributes.has(n.attr)) return true;
    // Most chains start at an API no source lives under (`os.path.join`, `self.x`):
    // settle those from the chain's root before building its whole dotted name.
    let root: Expr = n;
    while (root.kind === 'attribute') root = root.object;
    if (root.kind === 'name') {
      const base = this.scopes.resolveName(root.id, scope);
      if (base === null) return null;
      const dot = base.indexOf('.');
      if (!hints.roots.has(dot < 0 ? base : base.slice(0, dot))) return false;
    }
    const q = this.scopes.qualifiedName(n, scope);
    if (q === null) return null;
    if (hints.builtins.has(q) || hints.chains.has(q)) return true;
    if (hints.chainPrefixes.has(q)) return 'parent';
    // A chain below a source (`sys.argv[1:]` reads `sys.argv`).
    for (let dot = q.lastIndexOf('.'); dot > 0; dot = q.lastIndexOf('.', dot - 1)) if (hints.chains.has(q.slice(0, dot))) return true;
    return false;
  };

  /**
   * The sink sites of code the interpreter does not need to run (the whole
   * module, or the units `skip` names): calls whose callee resolves statically
   * to a sink, with a sink's `when` condition refused only when its argument
   * is a constant false (or absent). Calls in skipped units are recorded as
   * reached: no untrusted data gets there, but they are not dead code.
   *
   * With `untilSource` (the whole module), the same walk also looks for a
   * read of a source, and gives up with null at the first one: most modules
   * have none, and for them this one walk is all the dataflow there is.
   */
  private sinksWithoutInterpreting(skip?: ReadonlySet<number>, untilSource = false): SinkSite[] | null {
    const sites = new Map<string, SinkSite>();
    const unitOf = new Map<Unit['owner'], Unit>();
    for (const u of this.unitsById) unitOf.set(u.owner, u);
    let sourceRead = false;
    let childScope: Scope = this.scopes.module;
    let childSkipped = false;
    /** An attribute chain already tested as a whole, whose object (part of the chain) is visited next. */
    let testedChain: Node | null = null;
    let childParent: Node | null = null;
    const visitChild = (c: Node) => visit(c, childScope, childSkipped, c === testedChain, childParent);
    const visit = (n: Node, scope: Scope, skipped: boolean, tested: boolean, parent: Node | null) => {
      if (sourceRead) return;
      let chain = false;
      if (untilSource && !tested && (n.kind === 'name' || n.kind === 'attribute')) {
        const verdict = this.readsSource(n, scope);
        // A parent of sources (`sys`) reads one unless it sits where it cannot travel (see isInertSlot).
        if (verdict === true || (verdict === 'parent' && !isInertSlot(parent, n, scope, this.scopes))) {
          sourceRead = true;
          return;
        }
        chain = verdict !== null;
      }
      if (skipped && n.kind === 'call') {
        if (skip) this.reachedCalls.add(`${n.range.line}:${n.range.col}`);
        const name = this.resolveStatic(n.callee, scope) ?? (n.callee.kind === 'attribute' ? `?.${n.callee.attr}` : null);
        for (let sinkIndex = 0, sinkList = this.spec.sinks.match(name); sinkIndex < sinkList.length; sinkIndex++) {
          const sink = sinkList[sinkIndex]!;
          if (sink.when) {
            const a = argExpr(n, sink.when.position ?? null, sink.when.keyword);
            if (!a || (a.kind === 'literal' && !a.value)) continue;
          }
          sites.set(`${n.range.line}:${n.range.col}:${sink.class}`, { range: n.range, class: sink.class, cwe: sink.cwe, api: sink.label ?? name!.replace(/^\?\./, '…') });
        }
      }
      const unit = n.kind === 'function' || n.kind === 'lambda' ? unitOf.get(n) : undefined;
      const outerScope = childScope;
      const outerSkipped = childSkipped;
      const outerChain = testedChain;
      const outerParent = childParent;
      childScope = n.kind === 'function' || n.kind === 'lambda' || n.kind === 'class' ? this.scopes.scopeOf(n) : scope;
      childSkipped = unit ? !skip || skip.has(unit.id) : skipped;
      testedChain = (tested || chain) && n.kind === 'attribute' ? n.object : null;
      childParent = n;
      forEachChild(n, visitChild);
      childScope = outerScope;
      childSkipped = outerSkipped;
      testedChain = outerChain;
      childParent = outerParent;
    };
    const moduleSkipped = !skip || skip.has(this.moduleUnit.id);
    for (const s of this.module.body) visit(s, this.scopes.module, moduleSkipped, false, null);
    return sourceRead ? null : [...sites.values()];
  }

  /** Qualified name of a decorator/annotation/callee without running the interpreter's env. */
  private resolveStatic(e: Expr, scope: Scope): string | null {
    if (e.kind === 'name') {
      const q = this.scopes.resolveName(e.id, scope);
      if (q !== null) return q;
      if (this.scopes.module.bindings.has(e.id)) return this.globalValue(e.id).ref ?? null;
      return null;
    }
    if (e.kind === 'attribute') {
      const base = this.resolveStatic(e.object, scope);
      return base === null ? null : `${base}.${e.attr}`;
    }
    if (e.kind === 'call') {
      const loaded = this.scopes.loadedModule(e, scope);
      if (loaded !== null) return loaded;
      const base = this.resolveStatic(e.callee, scope);
      return base === null ? null : `${base}()`;
    }
    return null;
  }

  // ------------------------------------------------------------------ entry points

  private entryFor(fn: FunctionDef, unit: Unit, outer: Scope): EntryInfo | null {
    for (const ep of this.spec.entrypoints) {
      let deco: CallExpr | null = null;
      let matched = false;
      if (ep.decorator) {
        for (const d of fn.decorators) {
          const name = this.resolveStatic(d.kind === 'call' ? d.callee : d, outer);
          if (name && matches(ep.decorator, name)) {
            matched = true;
            deco = d.kind === 'call' ? d : null;
            break;
          }
        }
      }
      const first = fn.params[unit.receiver ? 1 : 0];
      if (!matched && ep.firstParam && !ep.functionName) {
        matched = first?.name === ep.firstParam && this.importsAny(ep.moduleImports);
      }
      let byCallback = false;
      if (!matched && ep.callbackOf) {
        // A function passed to a route registration (`app.get('/', (req, res) => …)`).
        const calls = this.callbackCalls.get(fn) ?? [];
        matched =
          this.importsAny(ep.moduleImports) &&
          calls.some(({ call, scope }) => {
            const name = this.resolveStatic(call.callee, scope) ?? unresolvedName(call.callee);
            if (name === null || !matches(ep.callbackOf!, name)) return false;
            const w = ep.callbackWhen;
            if (!w) return true;
            const a = argExpr(call, w.position, undefined);
            return a?.kind === 'literal' && typeof a.value === 'string' && w.equals.includes(a.value);
          });
        byCallback = matched;
      }
      if (!matched && ep.functionName) {
        // A declared function exported under a conventional name (Next.js `export async function GET(request)`).
        matched =
          !fn.expression &&
          outer === this.scopes.module &&
          matches(ep.functionName, fn.name) &&
          (!ep.firstParam || first?.name === ep.firstParam) &&
          this.importsAny(ep.moduleImports);
      }
      if (!matched) continue;
      const tainted = new Map<number, string>();
      const types = new Map<number, string>();
      fn.params.forEach((p, i) => {
        for (const pt of ep.paramTypes) {
          const byName = pt.name !== undefined && pt.name === p.name;
          const byPosition = pt.position !== undefined && pt.position === i - (unit.receiver ? 1 : 0);
          const ann = p.annotation ? this.resolveStatic(p.annotation, outer) : null;
          const byAnn = pt.annotation !== undefined && ann !== null && matches(pt.annotation, ann);
          const byDeco = pt.decorator !== undefined && this.decoratedWith(p, pt.decorator, outer);
          if (((byName || byPosition) && pt.annotation === undefined && pt.decorator === undefined) || byAnn || byDeco) types.set(i, pt.type);
        }
      });
      const eligible = (i: number): boolean => {
        const p = fn.params[i]!;
        if (types.has(i) || (unit.receiver && i === 0)) return false;
        const ann = p.annotation ? this.resolveStatic(p.annotation, outer) : null;
        if (ann && matches(ep.exceptAnnotations, ann)) return false;
        if (p.default?.kind === 'call') {
          const d = this.resolveStatic(p.default.callee, outer);
          if (d && matches(ep.exceptDefaults, d)) return false;
        }
        return true;
      };
      if (ep.pathParams && deco) {
        const pp = ep.pathParams;
        const arg = (pp.keyword ? deco.args.find((a) => a.name === pp.keyword)?.value : undefined) ?? deco.args.filter((a) => a.name === null && !a.spread)[pp.arg]?.value;
        const route = arg?.kind === 'literal' && typeof arg.value === 'string' ? arg.value : null;
        if (route !== null) {
          for (const m of route.matchAll(new RegExp(pp.pattern, 'g'))) {
            const name = m.groups?.name;
            const conv = m.groups?.converter;
            if (!name || (conv && pp.safeConverters.includes(conv))) continue;
            const i = fn.params.findIndex((p) => p.name === name);
            if (i >= 0 && eligible(i)) tainted.set(i, `${ep.label} '${name}'`);
          }
        }
      }
      fn.params.forEach((p, i) => {
        const want = ep.taintParams === 'all' || (ep.taintParams === 'after-first' && i > (unit.receiver ? 1 : 0));
        if (want && eligible(i)) tainted.set(i, `${ep.label} '${p.name}'`);
        else if (ep.taintDecorators.length && !types.has(i) && this.decoratedWith(p, ep.taintDecorators, outer)) tainted.set(i, `${ep.label} '${p.name}'`);
      });
      // A callback that this entry point neither taints nor types (`callbackOf: ['*']` typing by annotation
      // only) is left to the next entry point.
      if (byCallback && tainted.size === 0 && types.size === 0) continue;
      return { kind: ep.name, tainted, types };
    }
    return null;
  }
}

const ZERO: Range = { line: 0, col: 0, endLine: 0, endCol: 0 };

function rangeOf(u: Unit): Range {
  return 'range' in u.owner ? u.owner.range : ZERO;
}

function fieldKey(cls: ClassDef, attr: string): string {
  return `${cls.range.line}:${cls.range.col}.${attr}`;
}

/** `?.get` for `router.get` when `router` cannot be resolved (as the interpreter names it). */
function unresolvedName(e: Expr): string | null {
  if (e.kind === 'attribute') {
    const base = unresolvedName(e.object);
    return `${base ?? '?'}.${e.attr}`;
  }
  if (e.kind === 'call') return `${unresolvedName(e.callee) ?? '?'}()`;
  return null;
}

function lambdaKey(r: Range): string {
  return `#lambda@${r.line}:${r.col}`;
}

function isClass(owner: ScopeOwner): boolean {
  return 'kind' in owner && owner.kind === 'class';
}

const matcherCache = new WeakMap<readonly string[], NameMatcher<true>>();

function matches(patterns: readonly string[], name: string): boolean {
  let m = matcherCache.get(patterns);
  if (!m) {
    m = new NameMatcher<true>();
    for (const p of patterns) m.add(p, true);
    matcherCache.set(patterns, m);
  }
  return m.match(name).length > 0;
}

function sameSummary(a: Summary, b: Summary): boolean {
  const ka = new Set(a.returns.map(taintKey));
  if (ka.size !== new Set(b.returns.map(taintKey)).size || !b.returns.every((t) => ka.has(taintKey(t)))) return false;
  if ((a.returnConst?.value ?? Symbol.for('none')) !== (b.returnConst?.value ?? Symbol.for('none'))) return false;
  if (!!a.returnConst !== !!b.returnConst) return false;
  const sk = (s: Summary['sinks'][number]) => `${s.site.range.line}:${s.site.range.col}:${s.site.class}|${taintKey(s.taint)}`;
  const sa = new Set(a.sinks.map(sk));
  return sa.size === new Set(b.sinks.map(sk)).size && b.sinks.every((s) => sa.has(sk(s)));
}

interface SourceHints {
  /** Dotted names of sources reachable by name (`sys.argv`, `flask.request.args`, `os.getenv`). */
  names: string[];
  /** First segments of sources on instances (`socket` of `socket.socket().recv`): an import may bring one in. */
  instanceRoots: Set<string>;
  /** Builtins that are sources or make one (`input`, `open` of `open().read`). */
  builtins: Set<string>;
  /** Attribute names of `*.name` sources (any receiver). */
  attributes: Set<string>;
  /** Types of instances with sources (`socket.socket` of `socket.socket().recv`). */
  instanceTypes: string[];
  /** `names` and `instanceTypes`, for lookups. */
  chains: Set<string>;
  /** Every proper dotted prefix of a chain (`flask`, `flask.request` of `flask.request.args`). */
  chainPrefixes: Set<string>;
  /** First segments of `builtins` and `chains`: a name whose API starts elsewhere reads no source. */
  roots: Set<string>;
  /** A source pattern too general to pre-filter on. */
  unknowable: boolean;
}

const hintsBySpec = new WeakMap<TaintSpec, SourceHints>();

function sourceHints(spec: TaintSpec): SourceHints {
  let h = hintsBySpec.get(spec);
  if (h) return h;
  h = { names: [], instanceRoots: new Set(), builtins: new Set(), attributes: new Set(), instanceTypes: [], chains: new Set(), chainPrefixes: new Set(), roots: new Set(), unknowable: false };
  for (const raw of [...spec.accessSources.patterns(), ...spec.callSources.patterns()]) {
    // Globs come back as regex sources: `^.*\.recv$` is the `*.recv` of the spec.
    const glob = /^\^\.\*\\\.([A-Za-z_][A-Za-z0-9_]*)\$$/.exec(raw);
    if (glob) h.attributes.add(glob[1]!);
    else if (raw.startsWith('^') || raw.startsWith('?')) h.unknowable = true;
    else if (raw.includes('()')) {
      const root = raw.split('.')[0]!.replace(/\(\)$/, '');
      if (raw.startsWith(`${root}()`)) h.builtins.add(root); // `open().read`: a use of the builtin
      else {
        h.instanceRoots.add(root);
        h.instanceTypes.push(raw.slice(0, raw.indexOf('()')));
      }
    } else if (raw.includes('.')) h.names.push(raw);
    else h.builtins.add(raw);
  }
  for (const chain of [...h.names, ...h.instanceTypes]) {
    h.chains.add(chain);
    for (let dot = chain.indexOf('.'); dot > 0; dot = chain.indexOf('.', dot + 1)) h.chainPrefixes.add(chain.slice(0, dot));
  }
  for (const name of [...h.builtins, ...h.chains]) h.roots.add(name.split('.')[0]!);
  hintsBySpec.set(spec, h);
  return h;
}
