import type { Expr, Node } from './types.js';

/**
 * Calls `visit` on each direct child node of `node`, in source order.
 * This is the only place that knows where children live in each IR kind,
 * so every traversal (the check runner, scope analysis, dataflow) agrees.
 */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  // Every traversal calls this for every node: the helpers below are module
  // functions, not closures, and the loops are indexed (a for-of loop
  // allocates an iterator result per element until V8 optimises the caller),
  // so that a call allocates nothing.
  switch (node.kind) {
    case 'name':
    case 'literal':
    case 'pass':
    case 'break':
    case 'continue':
    case 'global':
    case 'nonlocal':
    case 'import':
      return;
    case 'attribute':
      visit(node.object);
      return;
    case 'index':
      visit(node.object);
      visit(node.index);
      return;
    case 'slice':
      maybe(node.lower, visit);
      maybe(node.upper, visit);
      maybe(node.step, visit);
      return;
    case 'call':
      visit(node.callee);
      for (let i = 0; i < node.args.length; i++) visit(node.args[i]!.value);
      return;
    case 'template':
      for (let i = 0; i < node.parts.length; i++) {
        const p = node.parts[i]!;
        if (typeof p !== 'string') visit(p);
      }
      return;
    case 'binary':
      visit(node.left);
      visit(node.right);
      return;
    case 'unary':
      visit(node.operand);
      return;
    case 'compare':
      visit(node.left);
      each(node.comparators, visit);
      return;
    case 'logical':
      each(node.values, visit);
      return;
    case 'conditional':
      visit(node.test);
      visit(node.body);
      visit(node.orelse);
      return;
    case 'sequence':
      each(node.elements, visit);
      return;
    case 'dict':
      for (let i = 0; i < node.entries.length; i++) {
        const e = node.entries[i]!;
        maybe(e.key, visit);
        visit(e.value);
      }
      return;
    case 'lambda':
      for (let i = 0; i < node.params.length; i++) maybe(node.params[i]!.default, visit);
      visit(node.body);
      return;
    case 'comprehension':
      for (let i = 0; i < node.clauses.length; i++) {
        const c = node.clauses[i]!;
        visit(c.iter);
        visit(c.target);
        each(c.conditions, visit);
      }
      maybe(node.key, visit);
      visit(node.element);
      return;
    case 'starred':
    case 'await':
      visit(node.value);
      return;
    case 'yield':
      maybe(node.value, visit);
      return;
    case 'walrus':
      visit(node.target);
      visit(node.value);
      return;
    case 'unknown':
      each(node.children, visit);
      return;
    case 'expr':
      visit(node.expr);
      return;
    case 'assign':
      maybe(node.annotation, visit);
      maybe(node.value, visit);
      each(node.targets, visit);
      return;
    case 'if':
    case 'while':
      visit(node.test);
      each(node.body, visit);
      each(node.orelse, visit);
      return;
    case 'for':
      visit(node.iter);
      visit(node.target);
      each(node.body, visit);
      each(node.orelse, visit);
      return;
    case 'try':
      each(node.body, visit);
      for (let i = 0; i < node.handlers.length; i++) {
        const h = node.handlers[i]!;
        maybe(h.type, visit);
        each(h.body, visit);
      }
      each(node.orelse, visit);
      each(node.finalbody, visit);
      return;
    case 'with':
      for (let i = 0; i < node.items.length; i++) {
        const it = node.items[i]!;
        visit(it.context);
        maybe(it.target, visit);
      }
      each(node.body, visit);
      return;
    case 'function':
      each(node.decorators, visit);
      for (let i = 0; i < node.params.length; i++) {
        const p = node.params[i]!;
        if (p.decorators) each(p.decorators, visit);
        maybe(p.default, visit);
        maybe(p.annotation, visit);
      }
      each(node.body, visit);
      return;
    case 'class':
      each(node.decorators, visit);
      for (let i = 0; i < node.bases.length; i++) visit(node.bases[i]!.value);
      each(node.body, visit);
      return;
    case 'return':
      maybe(node.value, visit);
      return;
    case 'raise':
      maybe(node.exc, visit);
      maybe(node.cause, visit);
      return;
    case 'assert':
      visit(node.test);
      maybe(node.msg, visit);
      return;
    case 'delete':
      each(node.targets, visit);
      return;
    case 'match':
      visit(node.subject);
      for (let i = 0; i < node.cases.length; i++) {
        const c = node.cases[i]!;
        each(c.patterns, visit);
        maybe(c.guard, visit);
        each(c.body, visit);
      }
      return;
  }
}

function each(list: readonly Node[], visit: (child: Node) => void): void {
  // Indexed: a for-of loop allocates an iterator result per element until V8 optimises it.
  for (let i = 0; i < list.length; i++) visit(list[i]!);
}

function maybe(e: Expr | null, visit: (child: Node) => void): void {
  if (e) visit(e);
}

/** Depth-first pre-order walk over a subtree, `node` included. */
export function walkTree(node: Node, visit: (n: Node) => void): void {
  // One closure per walk, not one per node.
  const go = (n: Node): void => {
    visit(n);
    forEachChild(n, go);
  };
  go(node);
}

/** True when `node` or a descendant satisfies `pred`. */
export function someNode(node: Node, pred: (n: Node) => boolean): boolean {
  let found = false;
  const go = (n: Node): void => {
    if (found) return;
    if (pred(n)) found = true;
    else forEachChild(n, go);
  };
  go(node);
  return found;
}

/** The dotted text of a name or attribute chain (`a.b.c`), or null for anything else. Syntax only: no resolution. */
export function dottedName(e: Expr): string | null {
  if (e.kind === 'name') return e.id;
  if (e.kind === 'attribute') {
    const base = dottedName(e.object);
    return base === null ? null : `${base}.${e.attr}`;
  }
  return null;
}
