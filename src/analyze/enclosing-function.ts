/**
 * The name of the function (or class body) a position lies in, qualified
 * through its enclosing classes and functions: `Handler.post`,
 * `build.inner`. Baseline fingerprints use it so that a finding keeps its
 * identity when lines move, and loses it when the code moves to another
 * function. Lambdas have no name and are looked through.
 */
import type { Module, Node, Range } from '../ir/types.js';
import { forEachChild } from '../ir/walk.js';

interface NamedScope {
  range: Range;
  qualified: string;
}

export type EnclosingFunctionLookup = (range: Range) => string | null;

/** Indexes the module's functions and classes once; the returned lookup is cheap. */
export function enclosingFunctionLookup(module: Module): EnclosingFunctionLookup {
  const scopes: NamedScope[] = [];
  // The prefix of the nodes `visitChild` visits: one visitor for the whole walk, no closure per node.
  let childPrefix = '';
  const visitChild = (child: Node) => visit(child, childPrefix);
  const visit = (node: Node, prefix: string) => {
    let inner = prefix;
    if (node.kind === 'function' || node.kind === 'class') {
      inner = prefix ? `${prefix}.${node.name}` : node.name;
      scopes.push({ range: node.range, qualified: inner });
    }
    const outer = childPrefix;
    childPrefix = inner;
    forEachChild(node, visitChild);
    childPrefix = outer;
  };
  for (const stmt of module.body) visit(stmt, '');
  // Outer scopes are pushed before the scopes they contain, so the last match is the innermost.
  return (range) => {
    let found: string | null = null;
    for (const s of scopes) if (contains(s.range, range)) found = s.qualified;
    return found;
  };
}

function contains(outer: Range, inner: Range): boolean {
  const startsBefore = outer.line < inner.line || (outer.line === inner.line && outer.col <= inner.col);
  const endsAfter = outer.endLine > inner.line || (outer.endLine === inner.line && outer.endCol > inner.col);
  return startsBefore && endsAfter;
}
