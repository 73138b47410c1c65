/**
 * Where does a value go? For checks that judge a value by the name it is
 * given (a token, a password, an ETag): the assignment target, object key,
 * or returning function's name that receives the expression being visited.
 */
import type { CheckContext } from '../../../analyze/check.js';
import type { CallExpr, Expr, FunctionDef, Module, Node } from '../../../ir/types.js';
import { forEachChild, walkTree } from '../../../ir/walk.js';

export interface Destination {
  /** The identifier the value is stored under or returned from. */
  name: string;
  /** How: `assigned to`, `stored under`, `returned from`, `passed to`. */
  how: 'assigned' | 'stored' | 'returned' | 'argument';
}

const STATEMENTS = new Set(['assign', 'expr', 'return', 'if', 'while', 'for', 'try', 'with', 'function', 'class', 'raise', 'delete']);

function contains(outer: { range: Node['range'] }, inner: { range: Node['range'] }): boolean {
  const a = outer.range;
  const b = inner.range;
  const starts = a.line < b.line || (a.line === b.line && a.col <= b.col);
  const ends = a.endLine > b.endLine || (a.endLine === b.endLine && a.endCol >= b.endCol);
  return starts && ends;
}

/**
 * The nearest name the visited expression flows into, walking up its
 * expression ancestors to the statement: `token = <here>`, `{ token: <here> }`,
 * `this.token = <here>`, `return <here>` (the function's name). Stops at a
 * call argument (`f(<here>)` is the parameter's business) unless
 * `throughCalls` is set, which lets method chains and wrappers pass
 * (`Math.random().toString(36)`, `String(Math.random())`).
 */
export function destinationOf(ctx: CheckContext, node: Node, throughCalls = true, ancestors: readonly Node[] = ctx.ancestors): Destination | null {
  let child: Node = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    switch (a.kind) {
      case 'assign': {
        for (const t of a.targets) {
          const name = targetName(ctx, t);
          if (name && t !== child) return { name, how: 'assigned' };
        }
        return null;
      }
      case 'dict': {
        const entry = a.entries.find((e) => contains(e.value, child));
        const key = entry?.key ? ctx.constValue(entry.key) : undefined;
        return typeof key === 'string' ? { name: key, how: 'stored' } : null;
      }
      case 'return': {
        const fn = enclosingFunction(ancestors, i);
        if (fn?.expression && !fn.name && throughCalls) break; // handled at the function, above
        return fn?.name ? { name: fn.name, how: 'returned' } : null;
      }
      case 'call':
        if (!throughCalls && a.callee !== child) return null;
        break;
      case 'function':
        // An anonymous callback's result flows into the call it is given to
        // (`Array.from({ length: 32 }, () => Math.random())`); a named one is its own destination.
        if (a.expression && !a.name && throughCalls && i > 0 && ['call', 'assign'].includes(ancestors[i - 1]!.kind)) break;
        if (a.expression && a.body.length === 1 && a.body[0]!.kind === 'return' && a.name) return { name: a.name, how: 'returned' };
        return null;
      default:
        if (STATEMENTS.has(a.kind)) return null;
    }
    child = a;
  }
  return null;
}

/** The identifier an assignment target stands for: `x`, `obj.x`, `obj['x']`. */
export function targetName(ctx: CheckContext, target: Expr): string | null {
  if (target.kind === 'name') return target.id;
  if (target.kind === 'attribute') return target.attr;
  if (target.kind === 'index') {
    const k = ctx.constValue(target.index);
    return typeof k === 'string' ? k : null;
  }
  return null;
}

function enclosingFunction(ancestors: readonly Node[], below: number): FunctionDef | null {
  for (let i = below; i >= 0; i--) {
    const a = ancestors[i]!;
    if (a.kind === 'function') return a;
  }
  return null;
}

/** The innermost named function enclosing the visited node (anonymous arrows are skipped), or null. */
export function enclosingNamedFunction(ctx: CheckContext): FunctionDef | null {
  for (let i = ctx.ancestors.length - 1; i >= 0; i--) {
    const a = ctx.ancestors[i]!;
    if (a.kind === 'function' && a.name) return a;
  }
  return null;
}

/** The innermost function enclosing the visited node, named or not. */
export function enclosingAnyFunction(ctx: CheckContext): FunctionDef | null {
  for (let i = ctx.ancestors.length - 1; i >= 0; i--) {
    const a = ctx.ancestors[i]!;
    if (a.kind === 'function') return a;
  }
  return null;
}

const callSites = new WeakMap<Module, Map<string, CallExpr[]>>();

/** Calls in the module to a plain name (`makeToken(...)`), by name: where a local function's result goes. */
export function callsByName(module: Module): Map<string, CallExpr[]> {
  let map = callSites.get(module);
  if (map) return map;
  const out = new Map<string, CallExpr[]>();
  map = out;
  for (const s of module.body) {
    walkTree(s, (n) => {
      if (n.kind === 'call' && n.callee.kind === 'name') {
        const list = out.get(n.callee.id);
        if (list) list.push(n);
        else out.set(n.callee.id, [n]);
      }
    });
  }
  callSites.set(module, out);
  return out;
}

const parents = new WeakMap<Module, WeakMap<Node, Node>>();

/** The ancestors of any node of the module, outermost first (for nodes other than the one being visited). */
export function ancestorsOf(module: Module, node: Node): Node[] {
  let map = parents.get(module);
  if (!map) {
    const m = new WeakMap<Node, Node>();
    const visit = (n: Node) =>
      forEachChild(n, (c) => {
        m.set(c, n);
        visit(c);
      });
    for (const s of module.body) visit(s);
    parents.set(module, m);
    map = m;
  }
  const out: Node[] = [];
  for (let p = map.get(node); p; p = map.get(p)) out.unshift(p);
  return out;
}
