import type { Expr, Node, Stmt } from './types.js';

/**
 * Calls `visit` on each direct child node of `node`, in source order.
 * This is the only place that knows where children live in each IR kind,
 * so every traversal (the check runner, scope analysis, dataflow) agrees.
 */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  const exprs = (list: readonly Expr[]) => {
    for (const e of list) visit(e);
  };
  const stmts = (list: readonly Stmt[]) => {
    for (const s of list) visit(s);
  };
  const opt = (e: Expr | null) => {
    if (e) visit(e);
  };
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
      opt(node.lower);
      opt(node.upper);
      opt(node.step);
      return;
    case 'call':
      visit(node.callee);
      for (const a of node.args) visit(a.value);
      return;
    case 'template':
      for (const p of node.parts) if (typeof p !== 'string') visit(p);
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
      exprs(node.comparators);
      return;
    case 'logical':
      exprs(node.values);
      return;
    case 'conditional':
      visit(node.test);
      visit(node.body);
      visit(node.orelse);
      return;
    case 'sequence':
      exprs(node.elements);
      return;
    case 'dict':
      for (const e of node.entries) {
        opt(e.key);
        visit(e.value);
      }
      return;
    case 'lambda':
      for (const p of node.params) opt(p.default);
      visit(node.body);
      return;
    case 'comprehension':
      for (const c of node.clauses) {
        visit(c.iter);
        visit(c.target);
        exprs(c.conditions);
      }
      opt(node.key);
      visit(node.element);
      return;
    case 'starred':
    case 'await':
      visit(node.value);
      return;
    case 'yield':
      opt(node.value);
      return;
    case 'walrus':
      visit(node.target);
      visit(node.value);
      return;
    case 'unknown':
      exprs(node.children);
      return;
    case 'expr':
      visit(node.expr);
      return;
    case 'assign':
      opt(node.annotation);
      opt(node.value);
      exprs(node.targets);
      return;
    case 'if':
    case 'while':
      visit(node.test);
      stmts(node.body);
      stmts(node.orelse);
      return;
    case 'for':
      visit(node.iter);
      visit(node.target);
      stmts(node.body);
      stmts(node.orelse);
      return;
    case 'try':
      stmts(node.body);
      for (const h of node.handlers) {
        opt(h.type);
        stmts(h.body);
      }
      stmts(node.orelse);
      stmts(node.finalbody);
      return;
    case 'with':
      for (const it of node.items) {
        visit(it.context);
        opt(it.target);
      }
      stmts(node.body);
      return;
    case 'function':
      exprs(node.decorators);
      for (const p of node.params) {
        opt(p.default);
        opt(p.annotation);
      }
      stmts(node.body);
      return;
    case 'class':
      exprs(node.decorators);
      for (const a of node.bases) visit(a.value);
      stmts(node.body);
      return;
    case 'return':
      opt(node.value);
      return;
    case 'raise':
      opt(node.exc);
      opt(node.cause);
      return;
    case 'assert':
      visit(node.test);
      opt(node.msg);
      return;
    case 'delete':
      exprs(node.targets);
      return;
    case 'match':
      visit(node.subject);
      for (const c of node.cases) {
        exprs(c.patterns);
        opt(c.guard);
        stmts(c.body);
      }
      return;
  }
}

/** Depth-first pre-order walk over a subtree, `node` included. */
export function walkTree(node: Node, visit: (n: Node) => void): void {
  visit(node);
  forEachChild(node, (child) => walkTree(child, visit));
}

/** True when `node` or a descendant satisfies `pred`. */
export function someNode(node: Node, pred: (n: Node) => boolean): boolean {
  if (pred(node)) return true;
  let found = false;
  forEachChild(node, (child) => {
    if (!found && someNode(child, pred)) found = true;
  });
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
