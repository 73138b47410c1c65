/**
 * Shared helpers for the statement-structure checks (resources, guards,
 * races, polling loops): structural keys for expressions, source text,
 * parent maps, block navigation and "does this block always leave" tests.
 *
 * Not a check (the leading underscore keeps the loader away).
 */
import { linesOf } from '../../../analyze/source-lines.js';
import type { CheckContext } from '../../../analyze/check.js';
import type { Expr, FunctionDef, Node, Range, Stmt } from '../../../ir/types.js';
import { forEachChild } from '../../../ir/walk.js';

// ------------------------------------------------------------ expressions

/**
 * A structural key for an expression, independent of its position, so two
 * spellings of `os.path.join(base, name)` compare equal. Kinds without a
 * structural form (lambdas, comprehensions...) get a key unique to their position.
 */
export function exprKey(e: Expr): string {
  switch (e.kind) {
    case 'name':
      return e.id;
    case 'attribute':
      return `${exprKey(e.object)}.${e.attr}`;
    case 'index':
      return `${exprKey(e.object)}[${exprKey(e.index)}]`;
    case 'literal':
      return e.type === 'str' || e.type === 'bytes' ? JSON.stringify(e.value) : String(e.value);
    case 'call':
      return `${exprKey(e.callee)}(${e.args.map((a) => `${a.name ? `${a.name}=` : ''}${a.spread === 'list' ? '*' : a.spread === 'dict' ? '**' : ''}${exprKey(a.value)}`).join(',')})`;
    case 'binary':
      return `(${exprKey(e.left)}${e.op}${exprKey(e.right)})`;
    case 'unary':
      return `(${e.op} ${exprKey(e.operand)})`;
    case 'template':
      return `f(${e.parts.map((p) => (typeof p === 'string' ? JSON.stringify(p) : `{${exprKey(p)}}`)).join('')})`;
    case 'sequence':
      return `${e.type}[${e.elements.map(exprKey).join(',')}]`;
    default:
      return `<${e.kind}@${e.range.line}:${e.range.col}>`;
  }
}

/** The source text of a range (columns are UTF-16 code units, like JS strings). */
export function sourceText(source: string, r: Range): string {
  const lines = linesOf(source);
  if (r.line === r.endLine) return (lines[r.line - 1] ?? '').slice(r.col - 1, r.endCol - 1);
  const out = [(lines[r.line - 1] ?? '').slice(r.col - 1)];
  for (let l = r.line + 1; l < r.endLine; l++) out.push(lines[l - 1] ?? '');
  out.push((lines[r.endLine - 1] ?? '').slice(0, r.endCol - 1));
  return out.join('\n');
}

/** Source text shortened for a message: one line, at most `max` characters. */
export function shortText(source: string, r: Range, max = 60): string {
  const t = sourceText(source, r).replace(/\s*\n\s*/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The qualified name of `expr` seen from inside `fn` (or from the module when fn is null). */
export function qualifiedIn(ctx: CheckContext, expr: Expr, fn: FunctionDef | null): string | null {
  return ctx.scopes.qualifiedName(expr, fn ? ctx.scopes.scopeOf(fn) : ctx.scopes.module);
}

// ------------------------------------------------------------- structure

export function isStmt(n: Node): n is Stmt {
  return STMT_KINDS.has(n.kind);
}

const STMT_KINDS = new Set<string>([
  'expr', 'assign', 'if', 'while', 'for', 'try', 'with', 'function', 'class', 'return', 'raise', 'import',
  'assert', 'pass', 'break', 'continue', 'delete', 'global', 'nonlocal', 'match',
]);

/** The innermost enclosing function among `ancestors` (outermost first), or null. */
export function enclosingFunction(ancestors: readonly Node[]): FunctionDef | null {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i]!;
    if (a.kind === 'function') return a;
    if (a.kind === 'class' || a.kind === 'lambda') return null;
  }
  return null;
}

/** Walks a subtree without entering nested functions, classes or lambdas (the root itself is entered). */
export function walkLocal(root: Node, visit: (n: Node) => void): void {
  const go = (n: Node) => {
    visit(n);
    if (n !== root && (n.kind === 'function' || n.kind === 'class' || n.kind === 'lambda')) return;
    forEachChild(n, go);
  };
  go(root);
}

/** child → parent over the whole subtree of `root` (nested defs included). */
export function parentMap(root: Node): Map<Node, Node> {
  const parents = new Map<Node, Node>();
  const go = (n: Node) =>
    forEachChild(n, (c) => {
      parents.set(c, n);
      go(c);
    });
  go(root);
  return parents;
}

/** The statement lists directly owned by a statement (bodies, branches, handlers, finally, cases). */
export function blocksOf(s: Node): Stmt[][] {
  switch (s.kind) {
    case 'if':
    case 'while':
    case 'for':
      return [s.body, s.orelse];
    case 'try':
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    case 'with':
    case 'function':
    case 'class':
      return [s.body];
    case 'match':
      return s.cases.map((c) => c.body);
    default:
      return [];
  }
}

/** The block (statement list) that holds `stmt` directly, and its index there. */
export function blockOf(stmt: Stmt, parents: Map<Node, Node>): { block: Stmt[]; index: number; owner: Node } | null {
  const owner = parents.get(stmt);
  if (!owner) return null;
  for (const b of blocksOf(owner)) {
    const i = b.indexOf(stmt);
    if (i >= 0) return { block: b, index: i, owner };
  }
  return null;
}

/** The statement that directly contains expression or statement `n` (n itself when it is one). */
export function statementOf(n: Node, parents: Map<Node, Node>): Stmt | null {
  for (let cur: Node | undefined = n; cur; cur = parents.get(cur)) if (isStmt(cur)) return cur;
  return null;
}

/** True when control never falls off the end of `stmts` (return, raise, continue, break on every path). */
export function alwaysLeaves(stmts: readonly Stmt[]): boolean {
  const last = stmts.at(-1);
  if (!last) return false;
  switch (last.kind) {
    case 'return':
    case 'raise':
    case 'continue':
    case 'break':
      return true;
    case 'if':
      return alwaysLeaves(last.body) && alwaysLeaves(last.orelse);
    case 'expr':
      return isExitCall(last.expr);
    default:
      return false;
  }
}

const EXIT_CALLS = new Set(['sys.exit', 'exit', 'quit', 'os._exit', 'os.abort', 'abort', 'flask.abort', 'pytest.fail', 'pytest.skip']);

function isExitCall(e: Expr): boolean {
  if (e.kind !== 'call') return false;
  const c = e.callee;
  const name = c.kind === 'name' ? c.id : c.kind === 'attribute' && c.object.kind === 'name' ? `${c.object.id}.${c.attr}` : null;
  return name !== null && EXIT_CALLS.has(name);
}

/** Positional order of nodes: a before b in the source. */
export function before(a: { range: Range }, b: { range: Range }): boolean {
  return a.range.line < b.range.line || (a.range.line === b.range.line && a.range.col < b.range.col);
}

/** True when `inner`'s range lies inside `outer`'s. */
export function within(inner: { range: Range }, outer: { range: Range }): boolean {
  const a = inner.range;
  const b = outer.range;
  const startsAfter = a.line > b.line || (a.line === b.line && a.col >= b.col);
  const endsBefore = a.endLine < b.endLine || (a.endLine === b.endLine && a.endCol <= b.endCol);
  return startsAfter && endsBefore;
}

/** Exception class names that a handler catches (bare `except:` gives ['BaseException']). */
export function handlerTypeNames(ctx: CheckContext, type: Expr | null, fn: FunctionDef | null): string[] {
  if (type === null) return ['BaseException'];
  const list = type.kind === 'sequence' ? type.elements : [type];
  return list.map((t) => {
    const q = qualifiedIn(ctx, t, fn);
    if (q) return q.replace(/^builtins\./, '');
    return t.kind === 'attribute' ? t.attr : t.kind === 'name' ? t.id : '?';
  });
}
