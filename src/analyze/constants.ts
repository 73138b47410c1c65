/**
 * Constant folding over IR expressions. A name is constant when its scope
 * binds it exactly once, to a constant expression, and never rebinds it.
 */
import type { Expr, LiteralValue, Module, Node, Stmt } from '../ir/types.js';
import { forEachChild } from '../ir/walk.js';

export type ConstLookup = (name: string) => Expr | undefined;

const NOT_CONSTANT = Symbol('not constant');

/** Per module: name → its single constant-looking assignment, for module-level names. */
export function moduleConstants(module: Module): Map<string, Expr> {
  const assigned = new Map<string, Expr | typeof NOT_CONSTANT>();
  const note = (name: string, value: Expr | typeof NOT_CONSTANT) => {
    assigned.set(name, assigned.has(name) ? NOT_CONSTANT : value);
  };
  const visitTop = (stmts: readonly Stmt[]) => {
    for (const s of stmts) {
      if (s.kind === 'assign') {
        for (const t of s.targets) {
          if (t.kind === 'name') note(t.id, s.value && s.op === null ? s.value : NOT_CONSTANT);
          else markNames(t, (n) => note(n, NOT_CONSTANT));
        }
      } else if (s.kind === 'function' || s.kind === 'class' || s.kind === 'import') {
        if (s.kind === 'import') for (const n of s.names) note(n.alias ?? n.name.split('.')[0]!, NOT_CONSTANT);
        else note(s.name, NOT_CONSTANT);
      } else if (s.kind === 'if' || s.kind === 'try' || s.kind === 'with' || s.kind === 'for' || s.kind === 'while') {
        // Assignments nested in module-level blocks still bind module names.
        forEachChild(s, (c) => {
          if (isStmt(c)) visitTop([c]);
        });
        if (s.kind === 'for') markNames(s.target, (n) => note(n, NOT_CONSTANT));
      }
    }
  };
  visitTop(module.body);
  // `global x` in a function lets it rebind x: treat such names as variable.
  forEachGlobalStatement(module.body, (names) => {
    for (const name of names) assigned.set(name, NOT_CONSTANT);
  });
  const out = new Map<string, Expr>();
  for (const [k, v] of assigned) if (v !== NOT_CONSTANT) out.set(k, v);
  return out;
}

/**
 * The names of every `global` statement, at any depth. Statements hold statements only in
 * their bodies (an expression never holds one: a lambda's body is an
 * expression), so the walk leaves expressions alone: every file pays for it.
 */
function forEachGlobalStatement(body: readonly Stmt[], visit: (names: readonly string[]) => void): void {
  for (const s of body) {
    switch (s.kind) {
      case 'global':
        visit(s.names);
        break;
      case 'if':
      case 'while':
      case 'for':
        forEachGlobalStatement(s.body, visit);
        forEachGlobalStatement(s.orelse, visit);
        break;
      case 'try':
        forEachGlobalStatement(s.body, visit);
        for (const h of s.handlers) forEachGlobalStatement(h.body, visit);
        forEachGlobalStatement(s.orelse, visit);
        forEachGlobalStatement(s.finalbody, visit);
        break;
      case 'with':
      case 'function':
      case 'class':
        forEachGlobalStatement(s.body, visit);
        break;
      case 'match':
        for (const c of s.cases) forEachGlobalStatement(c.body, visit);
        break;
    }
  }
}

function isStmt(n: Node): n is Stmt {
  return 'kind' in n && STMT_KINDS.has(n.kind);
}

const STMT_KINDS = new Set([
  'expr', 'assign', 'if', 'while', 'for', 'try', 'with', 'function', 'class', 'return', 'raise', 'import',
  'assert', 'pass', 'break', 'continue', 'delete', 'global', 'nonlocal', 'match',
]);

function markNames(e: Expr, mark: (name: string) => void): void {
  if (e.kind === 'name') mark(e.id);
  else if (e.kind === 'sequence') for (const x of e.elements) markNames(x, mark);
  else if (e.kind === 'starred') markNames(e.value, mark);
}

/** Folds `expr` to a constant, or returns undefined. `depth` bounds alias chains. */
export function foldConstant(expr: Expr, lookup: ConstLookup, depth = 0): LiteralValue | undefined {
  if (depth > 20) return undefined;
  const fold = (e: Expr) => foldConstant(e, lookup, depth + 1);
  switch (expr.kind) {
    case 'literal':
      return expr.type === 'ellipsis' ? undefined : expr.value;
    case 'name': {
      const bound = lookup(expr.id);
      return bound ? fold(bound) : undefined;
    }
    case 'template': {
      let s = '';
      for (const p of expr.parts) {
        if (typeof p === 'string') s += p;
        else {
          const v = fold(p);
          if (v === undefined) return undefined;
          s += pyStr(v);
        }
      }
      return s;
    }
    case 'unary': {
      const v = fold(expr.operand);
      if (v === undefined) return undefined;
      if (expr.op === 'not' || expr.op === '!') return !truthy(v);
      if (typeof v !== 'number') return undefined;
      return expr.op === '-' ? -v : expr.op === '+' ? v : expr.op === '~' ? ~v : undefined;
    }
    case 'binary':
      return foldBinary(expr.op, fold(expr.left), fold(expr.right));
    case 'compare': {
      let left = fold(expr.left);
      if (left === undefined) return undefined;
      for (let i = 0; i < expr.ops.length; i++) {
        const right = fold(expr.comparators[i]!);
        if (right === undefined) return undefined;
        const r = compare(expr.ops[i]!, left, right);
        if (r === undefined) return undefined;
        if (!r) return false;
        left = right;
      }
      return true;
    }
    case 'logical': {
      let last: LiteralValue | undefined;
      for (const v of expr.values) {
        last = fold(v);
        if (last === undefined) return undefined;
        if (expr.op === 'and' ? !truthy(last) : truthy(last)) return last;
      }
      return last;
    }
    case 'conditional': {
      const t = fold(expr.test);
      if (t === undefined) return undefined;
      return fold(truthy(t) ? expr.body : expr.orelse);
    }
    default:
      return undefined;
  }
}

export function truthy(v: LiteralValue): boolean {
  return v !== null && v !== false && v !== 0 && v !== '';
}

function pyStr(v: LiteralValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  return String(v);
}

function foldBinary(op: string, a: LiteralValue | undefined, b: LiteralValue | undefined): LiteralValue | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (typeof a === 'string' && typeof b === 'string') return op === '+' ? a + b : undefined;
  if (typeof a === 'string' && typeof b === 'number' && op === '*') return b > 0 && b < 10_000 ? a.repeat(b) : '';
  const x = typeof a === 'boolean' ? Number(a) : a;
  const y = typeof b === 'boolean' ? Number(b) : b;
  if (typeof x !== 'number' || typeof y !== 'number') return undefined;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? undefined : x / y;
    case '//':
      return y === 0 ? undefined : Math.floor(x / y);
    case '%':
      return y === 0 ? undefined : ((x % y) + y) % y;
    case '**':
      return x ** y;
    case '<<':
      return x << y;
    case '>>':
      return x >> y;
    case '&':
      return x & y;
    case '|':
      return x | y;
    case '^':
      return x ^ y;
    default:
      return undefined;
  }
}

function compare(op: string, a: LiteralValue, b: LiteralValue): boolean | undefined {
  switch (op) {
    case '==':
    case '===':
      return a === b;
    case '!=':
    case '!==':
      return a !== b;
    case 'is':
      return a === b && (a === null || typeof a === 'boolean');
    case 'is not':
      return a === null || typeof a === 'boolean' ? a !== b : undefined;
  }
  if (a === null || b === null) return undefined;
  if (typeof a !== typeof b) return undefined;
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case 'in':
      return typeof a === 'string' && typeof b === 'string' ? b.includes(a) : undefined;
    case 'not in':
      return typeof a === 'string' && typeof b === 'string' ? !b.includes(a) : undefined;
    default:
      return undefined;
  }
}
