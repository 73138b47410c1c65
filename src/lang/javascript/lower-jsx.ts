/**
 * JSX (and TSX) elements as calls: `<Tag a={x} {...p}>kids</Tag>` is the call `<jsx>(Tag, ...kids, a=x, **p)`,
 * with the tag first (a string for an intrinsic element such as `div`, the component otherwise), the children
 * after it and each attribute as a keyword argument, so that checks and taint specs see
 * `dangerouslySetInnerHTML={{ __html: x }}` as an argument like any other.
 */
import type { Arg, Expr, Range } from '../../ir/types.js';
import type { CstNode } from '../../parse/cst.js';
import { field, named, nameExpr, strLit } from './cst-helpers.js';

/** The callee name of a lowered JSX element: no program can bind it. */
export const JSX_CALLEE = '<jsx>';

/** What the JSX lowering needs from the lowering of expressions. */
export interface ExpressionLowering {
  text(n: CstNode): string;
  expr(n: CstNode): Expr;
  exprOr(n: CstNode | null, range: Range): Expr;
}

export function lowerJsx(n: CstNode, l: ExpressionLowering): Expr {
  const range = n.range;
  const open = n.type === 'jsx_element' ? field(n, 'open_tag') : n.type === 'jsx_self_closing_element' ? n : null;
  const args: Arg[] = [];
  const nameNode = open ? field(open, 'name') : null;
  let tag: Expr;
  if (!nameNode) tag = strLit('', range);
  else if (nameNode.type === 'identifier' && /^[a-z]/.test(l.text(nameNode))) tag = strLit(l.text(nameNode), nameNode.range);
  else if (nameNode.type === 'identifier') tag = nameExpr(l.text(nameNode), nameNode.range);
  else if (nameNode.type === 'member_expression' || nameNode.type === 'nested_identifier') tag = jsxMember(nameNode, l);
  else tag = strLit(l.text(nameNode), nameNode.range);
  args.push({ name: null, value: tag, spread: null, range: nameNode?.range ?? range });
  if (n.type === 'jsx_element') {
    for (const c of named(n)) {
      if (c.field === 'open_tag' || c.field === 'close_tag' || c.type === 'jsx_opening_element' || c.type === 'jsx_closing_element') continue;
      if (c.type === 'jsx_text' && l.text(c).trim() === '') continue;
      if (c.type === 'jsx_expression' && named(c).length === 0) continue;
      args.push({ name: null, value: l.expr(c), spread: null, range: c.range });
    }
  } else if (n.type === 'jsx_fragment') {
    for (const c of named(n)) {
      if (c.type === 'jsx_text' && l.text(c).trim() === '') continue;
      args.push({ name: null, value: l.expr(c), spread: null, range: c.range });
    }
  }
  for (const a of open ? open.children.filter((c) => c.field === 'attribute' && c.named) : []) {
    if (a.type === 'jsx_attribute') {
      const kids = named(a);
      const nameKid = kids[0];
      const valueKid = kids[1];
      if (!nameKid) continue;
      const value: Expr = valueKid ? l.expr(valueKid) : { kind: 'literal', type: 'bool', value: true, range: a.range };
      args.push({ name: l.text(nameKid), value, spread: null, range: a.range });
    } else if (a.type === 'jsx_expression') {
      const spread = named(a)[0];
      if (spread?.type === 'spread_element') args.push({ name: null, value: l.exprOr(named(spread)[0] ?? null, a.range), spread: 'dict', range: a.range });
    }
  }
  return { kind: 'call', callee: nameExpr(JSX_CALLEE, open?.range ?? range), args, range };
}

function jsxMember(n: CstNode, l: ExpressionLowering): Expr {
  const parts = l.text(n).split('.').map((s) => s.trim());
  let e: Expr = nameExpr(parts[0]!, n.range);
  for (const p of parts.slice(1)) e = { kind: 'attribute', object: e, attr: p, range: n.range };
  return e;
}
