/**
 * Scopes and name resolution over the IR.
 *
 * Resolves a name or attribute chain to the qualified name of the API it
 * denotes, through imports and simple aliases, so `from subprocess import
 * Popen as P; P(...)` resolves to `subprocess.Popen`, while a local function
 * named `eval` resolves to nothing and raises no alarm.
 */
import type { CallExpr, ClassDef, Expr, FunctionDef, LambdaExpr, Module, Node, Stmt } from '../ir/types.js';
import { languageById } from '../lang/registry.js';
import { forEachChild } from '../ir/walk.js';

export type ScopeOwner = Module | FunctionDef | LambdaExpr | ClassDef;

type Binding =
  /** Bound by an import or by assigning a resolvable name: refers to `qualified`. */
  | { kind: 'alias'; qualified: string }
  /** Bound to something local (a def, a parameter, a computed value). */
  | { kind: 'local' };

export class Scope {
  readonly bindings = new Map<string, Binding>();
  constructor(
    readonly owner: ScopeOwner,
    readonly parent: Scope | null,
  ) {}
}

export class ScopeTree {
  private readonly scopes = new Map<ScopeOwner, Scope>();
  readonly module: Scope;

  /** Builtins that load a module by name (JavaScript's `require`), from the language's front end. */
  private readonly moduleLoaders: ReadonlySet<string>;

  constructor(module: Module) {
    this.moduleLoaders = new Set(languageById(module.language)?.moduleLoaders ?? []);
    this.module = new Scope(module, null);
    this.scopes.set(module, this.module);
    this.collect(module.body, this.module);
    this.resolveAliases();
  }

  scopeOf(owner: ScopeOwner): Scope {
    return this.scopes.get(owner) ?? this.module;
  }

  /**
   * The qualified name `expr` denotes, seen from `scope`:
   * `subprocess.Popen`, `hashlib.md5`, or a builtin's bare name (`eval`).
   * null when the expression is local, computed, or unknown.
   */
  qualifiedName(expr: Expr, scope: Scope): string | null {
    if (expr.kind === 'name') return this.resolveName(expr.id, scope);
    if (expr.kind === 'attribute') {
      const base = this.qualifiedName(expr.object, scope);
      return base === null ? null : `${base}.${expr.attr}`;
    }
    if (expr.kind === 'call') return this.loadedModule(expr, scope);
    return null;
  }

  /**
   * The module a module-loading call loads (`require('child_process')` → `child_process`, a `node:` prefix
   * dropped), when the loader is the language's own (not shadowed) and the name a constant; else null.
   */
  loadedModule(call: CallExpr, scope: Scope): string | null {
    if (this.moduleLoaders.size === 0 || call.callee.kind !== 'name') return null;
    const loader = this.resolveName(call.callee.id, scope);
    if (loader === null || !this.moduleLoaders.has(loader)) return null;
    const a = call.args.length === 1 && call.args[0]!.name === null && !call.args[0]!.spread ? call.args[0]!.value : null;
    if (a?.kind !== 'literal' || typeof a.value !== 'string' || a.value === '') return null;
    return a.value.startsWith('node:') ? a.value.slice(5) : a.value;
  }

  resolveName(name: string, scope: Scope): string | null {
    for (let s: Scope | null = scope; s; s = s.parent) {
      // Python: a class body's names are not visible from the methods nested in it.
      if (s !== scope && 'kind' in s.owner && s.owner.kind === 'class') continue;
      const b = s.bindings.get(name);
      if (b) return b.kind === 'alias' ? b.qualified : null;
    }
    return name; // unbound anywhere: a builtin (or a name we cannot know)
  }

  /** True when `name` is bound in some enclosing scope (not a builtin). */
  isBound(name: string, scope: Scope): boolean {
    for (let s: Scope | null = scope; s; s = s.parent) if (s.bindings.has(name)) return true;
    return false;
  }

  // Assignments like `P = subprocess.Popen` are recorded first as pending and
  // resolved after every import in the module is known.
  private readonly pending: Array<{ scope: Scope; name: string; value: Expr }> = [];

  private bind(scope: Scope, name: string, binding: Binding): void {
    const prev = scope.bindings.get(name);
    if (prev && prev.kind !== binding.kind) {
      // Bound both to an API and to something local: we cannot say which one a use sees.
      scope.bindings.set(name, { kind: 'local' });
      return;
    }
    // Two imports of one name (`try: import cPickle as pickle / except: import pickle`)
    // keep the first: both name the same kind of API in practice.
    if (!prev) scope.bindings.set(name, binding);
  }

  private collect(body: readonly Stmt[], scope: Scope): void {
    for (let sIndex = 0, sList = body; sIndex < sList.length; sIndex++) {
      const s = sList[sIndex]!;
      this.collectNode(s, scope);
    }
  }

  private collectNode(node: Node, scope: Scope): void {
    switch (node.kind) {
      case 'import':
        for (const n of node.names) {
          if (node.from !== null) {
            const base = `${'.'.repeat(node.level)}${node.from}`;
            this.bind(scope, n.alias ?? n.name, { kind: 'alias', qualified: base ? `${base}.${n.name}` : n.name });
          } else if (n.alias) {
            this.bind(scope, n.alias, { kind: 'alias', qualified: n.name });
          } else {
            const top = n.name.split('.')[0]!;
            this.bind(scope, top, { kind: 'alias', qualified: top });
          }
        }
        return;
      case 'function':
      case 'class': {
        // A function expression binds no name where it is written.
        if (node.kind === 'class' || !node.expression) this.bind(scope, node.name, { kind: 'local' });
        for (const d of node.decorators) {
          this.collectNode(d, scope);
        }
        if (node.kind === 'function') {
          for (const p of node.params) {
            if (p.default) this.collectNode(p.default, scope);
          }
        } else {
          for (const b of node.bases) {
            this.collectNode(b.value, scope);
          }
        }
        const inner = new Scope(node, scope);
        this.scopes.set(node, inner);
        if (node.kind === 'function') for (const p of node.params) inner.bindings.set(p.name, { kind: 'local' });
        this.collect(node.body, inner);
        return;
      }
      case 'lambda': {
        const inner = new Scope(node, scope);
        this.scopes.set(node, inner);
        for (const p of node.params) {
          inner.bindings.set(p.name, { kind: 'local' });
        }
        this.collectNode(node.body, inner);
        return;
      }
      case 'assign':
        for (let tIndex = 0, tList = node.targets; tIndex < tList.length; tIndex++) {
          const t = tList[tIndex]!;
          if (t.kind === 'name' && node.value && node.op === null && node.targets.length === 1) {
            this.pending.push({ scope, name: t.id, value: node.value });
          } else {
            this.bindTargets(t, scope);
          }
        }
        if (node.value) this.collectNode(node.value, scope);
        return;
      case 'for':
        this.bindTargets(node.target, scope);
        break;
      case 'with':
        for (const it of node.items) {
          if (it.target) this.bindTargets(it.target, scope);
        }
        break;
      case 'try':
        for (const h of node.handlers) {
          if (h.name) this.bind(scope, h.name, { kind: 'local' });
        }
        break;
      case 'walrus':
        this.bind(scope, node.target.id, { kind: 'local' });
        break;
      case 'global':
      case 'nonlocal':
        return;
      default:
        break;
    }
    const outer = this.collecting;
    this.collecting = scope;
    forEachChild(node, this.collectChild);
    this.collecting = outer;
  }

  /** The scope whose nodes `collectChild` is visiting: one visitor for the whole walk, no closure per node. */
  private collecting: Scope | null = null;
  private readonly collectChild = (child: Node): void => this.collectNode(child, this.collecting!);

  private bindTargets(target: Expr, scope: Scope): void {
    if (target.kind === 'name') this.bind(scope, target.id, { kind: 'local' });
    else if (target.kind === 'sequence') for (const e of target.elements) this.bindTargets(e, scope);
    else if (target.kind === 'starred') this.bindTargets(target.value, scope);
  }

  private resolveAliases(): void {
    // Resolve in source order; a name assigned from an API becomes an alias of it.
    for (const { scope, name, value } of this.pending) {
      const q = value.kind === 'name' || value.kind === 'attribute' ? this.qualifiedNameIgnoring(value, scope, name) : null;
      this.bind(scope, name, q !== null && q !== name ? { kind: 'alias', qualified: q } : { kind: 'local' });
    }
  }

  /** Like qualifiedName, but a binding of `self` (being defined) is not consulted. */
  private qualifiedNameIgnoring(expr: Expr, scope: Scope, self: string): string | null {
    if (expr.kind === 'name') return expr.id === self ? null : this.resolveName(expr.id, scope);
    if (expr.kind === 'attribute') {
      const base = this.qualifiedNameIgnoring(expr.object, scope, self);
      return base === null ? null : `${base}.${expr.attr}`;
    }
    return null;
  }
}
