/** Small readers of the tree-sitter snapshot and IR constructors shared by the JavaScript lowering modules. */
import type { Expr, Range } from '../../ir/types.js';
import type { CstNode } from '../../parse/cst.js';

export function field(n: CstNode, name: string): CstNode | null {
  for (const c of n.children) if (c.field === name && c.named) return c;
  return null;
}

export function fieldAll(n: CstNode, name: string): CstNode[] {
  return n.children.filter((c) => c.field === name && c.named);
}

export function named(n: CstNode): CstNode[] {
  return n.children.filter((c) => c.named && c.type !== 'comment' && c.type !== 'html_comment');
}

export function childOfType(n: CstNode, type: string): CstNode | null {
  for (const c of n.children) if (c.type === type) return c;
  return null;
}

export function hasToken(n: CstNode, type: string): boolean {
  return n.children.some((c) => !c.named && c.type === type);
}

export function unknown(range: Range, syntax = 'missing', children: Expr[] = []): Expr {
  return { kind: 'unknown', syntax, children, range };
}

export function nameExpr(id: string, range: Range): Expr {
  return { kind: 'name', id, range };
}

export function strLit(value: string, range: Range): Expr {
  return { kind: 'literal', type: 'str', value, range };
}
