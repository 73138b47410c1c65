/**
 * Shared helpers for checks that follow a value through one simple local
 * binding: `tf = tarfile.open(p)` then `tf.extractall()`, `with
 * requests.Session() as s: s.get(...)`, `path = "/tmp/x"` then `open(path)`.
 *
 * Precision rule: a name is followed only when the scope that owns it binds
 * it exactly once, by a plain assignment, a `with ... as name` item or a
 * walrus. Any other binding (a parameter, a loop target, tuple unpacking,
 * an augmented assignment, an import, a second assignment, `global`) makes
 * the name unknown, so a check never guesses which value a use sees.
 */
import type { CheckContext } from './check.js';
import type { Scope, ScopeOwner } from './scope.js';
import type { CallExpr, Expr, LiteralValue, Node, Stmt } from '../ir/types.js';
import { forEachChild } from '../ir/walk.js';

type BindingSite = { kind: 'value'; value: Expr; via: 'assign' | 'with' | 'walrus' } | { kind: 'other' };

export interface LocalValue {
  /** The expression the name was bound to. */
  value: Expr;
  via: 'assign' | 'with' | 'walrus';
  /** The scope that owns the binding (resolve names inside `value` from here). */
  scope: Scope;
}

const cache = new WeakMap<ScopeOwner, Map<string, BindingSite[]>>();

function bindingsOf(owner: ScopeOwner): Map<string, BindingSite[]> {
  let map = cache.get(owner);
  if (map) return map;
  const out = new Map<string, BindingSite[]>();
  map = out;
  cache.set(owner, out);
  const add = (name: string, site: BindingSite) => {
    const list = out.get(name);
    if (list) list.push(site);
    else out.set(name, [site]);
  };
  const other = (e: Expr) => {
    if (e.kind === 'name') add(e.id, { kind: 'other' });
    else if (e.kind === 'sequence') for (const x of e.elements) other(x);
    else if (e.kind === 'starred') other(e.value);
  };
  const visit = (n: Node): void => {
    switch (n.kind) {
      case 'function':
      case 'class':
        // The def binds its name here; its body is another scope. Decorators,
        // defaults and bases are evaluated here but rarely bind anything.
        add(n.name, { kind: 'other' });
        return;
      case 'lambda':
      case 'comprehension':
        return;
      case 'assign':
        for (const t of n.targets) {
          if (t.kind === 'name' && n.value && n.op === null) add(t.id, { kind: 'value', value: n.value, via: 'assign' });
          else if (n.value || n.op !== null) other(t);
        }
        break;
      case 'for':
        other(n.target);
        break;
      case 'with':
        for (const it of n.items) {
          if (it.target?.kind === 'name') add(it.target.id, { kind: 'value', value: it.context, via: 'with' });
          else if (it.target) other(it.target);
        }
        break;
      case 'try':
        for (const h of n.handlers) if (h.name) add(h.name, { kind: 'other' });
        break;
      case 'import':
        for (const im of n.names) add(im.alias ?? (n.from === null ? im.name.split('.')[0]! : im.name), { kind: 'other' });
        return;
      case 'global':
      case 'nonlocal':
        for (const g of n.names) add(g, { kind: 'other' });
        return;
      case 'delete':
        for (const t of n.targets) other(t);
        break;
      case 'walrus':
        add(n.target.id, { kind: 'value', value: n.value, via: 'walrus' });
        break;
      default:
        break;
    }
    forEachChild(n, visit);
  };
  if ('kind' in owner) {
    if (owner.kind === 'function') {
      for (const p of owner.params) add(p.name, { kind: 'other' });
      for (const s of owner.body) visit(s);
    } else if (owner.kind === 'class') {
      for (const s of owner.body) visit(s);
    } else {
      for (const p of owner.params) add(p.name, { kind: 'other' });
    }
  } else {
    for (const s of (owner as { body: Stmt[] }).body) visit(s);
  }
  return out;
}

/** The scope a use of `name` in `from` refers to (Python rules: class bodies are not seen by nested scopes). */
export function owningScope(name: string, from: Scope): Scope | null {
  for (let s: Scope | null = from; s; s = s.parent) {
    if (s !== from && 'kind' in s.owner && s.owner.kind === 'class') continue;
    if (s.bindings.has(name)) return s;
  }
  return null;
}

/** The single value `name` is bound to, seen from `from` (default: the scope being visited). */
export function localValue(ctx: CheckContext, name: string, from: Scope = ctx.scope): LocalValue | null {
  const scope = owningScope(name, from);
  if (!scope) return null;
  const sites = bindingsOf(scope.owner).get(name);
  if (sites?.length !== 1) return null;
  const site = sites[0]!;
  if (site.kind !== 'value') return null;
  return { value: site.value, via: site.via, scope };
}

export interface Origin {
  call: CallExpr;
  /** Qualified name of the call's callee, resolved in the scope where the call is written. */
  qname: string | null;
  scope: Scope;
}

/**
 * The call that produced `expr`: `expr` itself when it is a call, or the call
 * a name was bound to (through up to a few `b = a` aliases).
 */
export function originCall(ctx: CheckContext, expr: Expr, from: Scope = ctx.scope, depth = 0): Origin | null {
  if (depth > 4) return null;
  if (expr.kind === 'call') return { call: expr, qname: ctx.scopes.qualifiedName(expr.callee, from), scope: from };
  if (expr.kind === 'await') return originCall(ctx, expr.value, from, depth + 1);
  if (expr.kind !== 'name') return null;
  const lv = localValue(ctx, expr.id, from);
  if (!lv) return null;
  return originCall(ctx, lv.value, lv.scope, depth + 1);
}

/** True when `expr` is a value produced by a call to one of `qnames` (directly or through a local name). */
export function isMadeBy(ctx: CheckContext, expr: Expr, qnames: ReadonlySet<string>): boolean {
  const o = originCall(ctx, expr);
  return o !== null && o.qname !== null && qnames.has(o.qname);
}

/** Like `ctx.constValue`, but also follows a name bound once, in a function, to a constant. */
export function constOf(ctx: CheckContext, expr: Expr, depth = 0): LiteralValue | undefined {
  const v = ctx.constValue(expr);
  if (v !== undefined || depth > 4) return v;
  if (expr.kind === 'name') {
    const lv = localValue(ctx, expr.id);
    if (lv && lv.via === 'assign') return constOf(ctx, lv.value, depth + 1);
  }
  return undefined;
}

/** The expression a name stands for when bound once by assignment; otherwise the expression itself. */
export function followName(ctx: CheckContext, expr: Expr, depth = 0): Expr {
  if (expr.kind !== 'name' || depth > 4) return expr;
  const lv = localValue(ctx, expr.id);
  if (lv?.via !== 'assign') return expr;
  return followName(ctx, lv.value, depth + 1);
}

/** The parent node of the node being visited, if any. */
export function parentNode(ctx: CheckContext): Node | null {
  const a = ctx.ancestors;
  return a.length ? a[a.length - 1]! : null;
}

/** True when the node being visited sits inside `if __name__ == "__main__":`. */
export function inMainGuard(ctx: CheckContext): boolean {
  for (const a of ctx.ancestors) {
    if (a.kind !== 'if' || a.test.kind !== 'compare') continue;
    const t = a.test;
    const sides = [t.left, ...t.comparators];
    if (sides.some((s) => s.kind === 'name' && s.id === '__name__') && sides.some((s) => ctx.constValue(s) === '__main__')) return true;
  }
  return false;
}
