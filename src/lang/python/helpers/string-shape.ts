/**
 * How a Python string value is put together, for checks about strings that
 * reach an interpreter (a shell, a SQL engine).
 *
 * `stringShape` classifies an expression as
 * - constant: folds to one fixed value;
 * - safe: not constant, but every run-time part is harmless (numbers from
 *   `int()`/`len()`, `"?" * n` placeholder lists, or a call the caller names
 *   as a sanitizer such as `shlex.quote`);
 * - built: made by an f-string, `%` formatting, `.format()`, `+` or a joined
 *   list literal with at least one run-time part ("hole") that is neither;
 * - opaque: a value we cannot see into (a parameter, a call's result).
 *
 * A name is followed to its assignments in its own scope, so `q = f"...{x}"`
 * followed by `cursor.execute(q)` is seen as built. Only assignments on or
 * before the line of use count, and a plain assignment in a block enclosing
 * the use hides the ones before it; otherwise branches are merged (the
 * worst one decides). Every shape also carries the constant text it is
 * known to contain, so callers can ask whether it looks like SQL.
 */
import { linesOf } from '../../../analyze/source-lines.js';
import type { CheckContext } from '../../../analyze/check.js';
import type { Scope } from '../../../analyze/scope.js';
import type { AssignStmt, CallExpr, Expr, Node, Range, Stmt } from '../../../ir/types.js';
import { forEachChild } from '../../../ir/walk.js';

export type StringShape =
  | { state: 'constant'; text: string }
  | { state: 'safe'; text: string }
  | {
      state: 'built';
      text: string;
      /** For messages: 'an f-string', '`%` formatting', '`.format()`', 'concatenation', '`join()`'. */
      how: string;
      /** The run-time parts that are neither constant nor safe. */
      holes: Expr[];
      /** The expression that does the building (may sit on an earlier line). */
      at: Expr;
    }
  | { state: 'opaque'; text: string; expr: Expr };

export interface ShapeOptions {
  /** Qualified names of calls whose result may be embedded safely (e.g. `shlex.quote`). */
  sanitizers?: ReadonlySet<string>;
  /** Method names whose result may be embedded safely, whatever the receiver (e.g. `quote_name`). */
  sanitizerMethods?: ReadonlySet<string>;
  /**
   * `sep.join(parts)` over a list variable: for SQL, the list is a set of
   * fragments the code assembled (`" AND ".join(conditions)`), not a value
   * spliced in, so it is treated as safe. For a shell it stays opaque.
   */
  trustJoinedLists?: boolean;
  /** Any other call whose result may be embedded safely. */
  sanitizerCall?: (ctx: CheckContext, call: CallExpr) => boolean;
}

/** Holes found inside a joined comprehension (`", ".join(f"{c} = %s" for c in cols)`): usually identifiers. */
const loopHoles = new WeakSet<Expr>();

/** True for a hole that came from the element of a joined comprehension. */
export function isLoopHole(expr: Expr): boolean {
  return loopHoles.has(expr);
}

/** Calls whose result is a number (or bool): embedding one cannot change the syntax around it. */
const NUMERIC_CALLS = new Set(['int', 'float', 'len', 'bool', 'abs', 'round', 'ord', 'math.floor', 'math.ceil']);
/** `%` conversions that only accept numbers (a string raises TypeError). */
const NUMERIC_CONVERSIONS = new Set(['d', 'i', 'o', 'u', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G']);
const PERCENT_SPEC = /%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([a-zA-Z%])/g;

const MAX_DEPTH = 12;

interface State {
  ctx: CheckContext;
  opts: ShapeOptions;
  depth: number;
  /** Names being resolved, to cut cycles like `q = q + "..."`. */
  resolving: Set<string>;
}

export function stringShape(ctx: CheckContext, expr: Expr, opts: ShapeOptions = {}): StringShape {
  return shapeOf(expr, ctx.scope, { ctx, opts, depth: 0, resolving: new Set() });
}

/** True when the shape has a run-time part that is not known to be harmless. */
export function isRunTime(shape: StringShape): boolean {
  return shape.state === 'built' || shape.state === 'opaque';
}

function shapeOf(expr: Expr, scope: Scope, st: State): StringShape {
  if (st.depth > MAX_DEPTH) return opaque(expr);
  st.depth++;
  try {
    return shapeInner(expr, scope, st);
  } finally {
    st.depth--;
  }
}

function shapeInner(expr: Expr, scope: Scope, st: State): StringShape {
  const { ctx } = st;
  const v = ctx.constValue(expr);
  if (v !== undefined) return { state: 'constant', text: typeof v === 'string' ? v : '' };
  if (isHarmless(expr, st)) return { state: 'safe', text: '' };
  const sub = (e: Expr) => shapeOf(e, scope, st);
  switch (expr.kind) {
    case 'template':
      return combine(
        expr.parts.map((p) => (typeof p === 'string' ? { state: 'constant', text: p } : sub(p))),
        'an f-string',
        expr,
      );
    case 'binary':
      return binaryShape(expr, sub);
    case 'call':
      return callShape(expr, sub, st);
    case 'conditional':
      return merge([sub(expr.body), sub(expr.orelse)]);
    case 'name':
      return nameShape(expr, scope, st);
    default:
      return opaque(expr);
  }
}

function binaryShape(expr: Extract<Expr, { kind: 'binary' }>, sub: (e: Expr) => StringShape): StringShape {
  if (expr.op === '+') {
    const parts = plusChain(expr).map(sub);
    if (!parts.some(isStringy)) return opaque(expr);
    // `prefix + " WHERE id = %s"`: a run-time string with fixed text after it is
    // a value passed in whole, not one with run-time parts spliced into it.
    if (parts[0]!.state === 'opaque' && parts.slice(1).every((p) => !isRunTime(p))) return opaque(expr);
    return combine(parts, 'concatenation', expr);
  }
  if (expr.op === '%') {
    const l = sub(expr.left);
    const formatting =
      (l.state === 'constant' && l.text !== '') ||
      l.state === 'built' ||
      expr.right.kind === 'sequence' ||
      expr.right.kind === 'dict';
    if (!formatting) return opaque(expr);
    if (l.state !== 'opaque') {
      const conversions = [...l.text.matchAll(PERCENT_SPEC)].map((m) => m[1]!).filter((c) => c !== '%');
      if (conversions.length > 0 && conversions.every((c) => NUMERIC_CONVERSIONS.has(c))) {
        return l.state === 'built' ? l : { state: 'safe', text: l.text };
      }
    }
    const right = expr.right;
    const values =
      right.kind === 'sequence' && right.type === 'tuple'
        ? right.elements
        : right.kind === 'dict'
          ? right.entries.map((e) => e.value)
          : [right];
    return combine([l, ...values.map(sub)], '`%` formatting', expr);
  }
  if (expr.op === '*') {
    // `"?, " * n` builds placeholders: the repeated text is fixed.
    const l = sub(expr.left);
    const r = sub(expr.right);
    if (l.state === 'constant' && l.text) return { state: 'safe', text: l.text };
    if (r.state === 'constant' && r.text) return { state: 'safe', text: r.text };
  }
  return opaque(expr);
}

function callShape(expr: Extract<Expr, { kind: 'call' }>, sub: (e: Expr) => StringShape, st: State): StringShape {
  const callee = expr.callee;
  if (callee.kind === 'attribute' && callee.attr === 'format') {
    const base = sub(callee.object);
    if (base.state === 'constant' || base.state === 'built') {
      const parts = expr.args.map((a) => (a.spread ? opaque(a.value) : sub(a.value)));
      return combine([base, ...parts], '`.format()`', expr);
    }
    return opaque(expr);
  }
  if (callee.kind === 'attribute' && callee.attr === 'join' && expr.args.length === 1 && !expr.args[0]!.spread) {
    const sep = sub(callee.object);
    if (sep.state !== 'constant') return opaque(expr);
    const items = expr.args[0]!.value;
    if (items.kind === 'sequence') return combine(items.elements.map(sub), '`join()`', expr);
    if (items.kind === 'comprehension') {
      const element = sub(items.element);
      if (element.state === 'constant' || element.state === 'safe') return { state: 'safe', text: element.text };
      if (element.state === 'built') {
        for (const h of element.holes) loopHoles.add(h);
        return element;
      }
      return opaque(expr);
    }
    if (items.kind === 'binary' && items.op === '*') {
      // `", ".join(["%s"] * len(ids))`
      const seq = items.left.kind === 'sequence' ? items.left : items.right.kind === 'sequence' ? items.right : null;
      if (seq?.elements.every((e) => sub(e).state === 'constant')) return { state: 'safe', text: '' };
      const s = sub(items.left);
      if (s.state === 'safe' || s.state === 'constant') return { state: 'safe', text: '' };
    }
    if (st.opts.trustJoinedLists && (items.kind === 'name' || items.kind === 'attribute')) return { state: 'safe', text: '' };
    return opaque(expr);
  }
  if (st.ctx.qualifiedName(callee) === 'str' && expr.args.length === 1 && !expr.args[0]!.spread) {
    const inner = sub(expr.args[0]!.value);
    return inner.state === 'opaque' ? opaque(expr) : inner;
  }
  return opaque(expr);
}

/** Numbers, and calls the caller trusts, embed without changing the surrounding syntax. */
function isHarmless(expr: Expr, st: State): boolean {
  if (expr.kind === 'call') {
    const name = st.ctx.qualifiedName(expr.callee);
    if (name && (NUMERIC_CALLS.has(name) || st.opts.sanitizers?.has(name))) return true;
    if (expr.callee.kind === 'attribute' && st.opts.sanitizerMethods?.has(expr.callee.attr)) return true;
    if (st.opts.sanitizerCall?.(st.ctx, expr)) return true;
    if (name === 'str' && expr.args.length === 1 && isHarmless(expr.args[0]!.value, st)) return true;
    return false;
  }
  if (expr.kind === 'unary' && (expr.op === '-' || expr.op === '+')) return isHarmless(expr.operand, st);
  if (expr.kind === 'binary' && ['-', '//', '/', '**'].includes(expr.op)) return true; // never a string
  return false;
}

/** The operands of a left-associated `a + b + c` chain, in order. */
function plusChain(expr: Expr): Expr[] {
  if (expr.kind === 'binary' && expr.op === '+') return [...plusChain(expr.left), expr.right];
  return [expr];
}

function isStringy(shape: StringShape): boolean {
  if (shape.state === 'built') return true;
  if (shape.state === 'constant' || shape.state === 'safe') return shape.text !== '';
  return false;
}

function opaque(expr: Expr): StringShape {
  return { state: 'opaque', text: '', expr };
}

/** Parts glued into one string by `how`. */
function combine(parts: StringShape[], how: string, at: Expr): StringShape {
  const holes: Expr[] = [];
  let text = '';
  let inheritedFrom: Extract<StringShape, { state: 'built' }> | null = null;
  let ownHole = false;
  let allConstant = true;
  for (const p of parts) {
    text += p.text;
    if (p.state !== 'constant') allConstant = false;
    if (p.state === 'opaque') {
      holes.push(p.expr);
      ownHole = true;
    } else if (p.state === 'built') {
      holes.push(...p.holes);
      inheritedFrom ??= p;
    }
  }
  if (holes.length === 0) return allConstant ? { state: 'constant', text } : { state: 'safe', text };
  // When the run-time parts all come from one inner built piece (`"SELECT " + where` with
  // `where = f"...{x}"`), name that piece as where the building happens.
  if (!ownHole && inheritedFrom) return { state: 'built', text, how: inheritedFrom.how, holes, at: inheritedFrom.at };
  return { state: 'built', text, how, holes, at };
}

/** Alternatives (branches, several assignments): the worst one decides. */
function merge(shapes: StringShape[]): StringShape {
  const built = shapes.find((s) => s.state === 'built');
  const text = shapes.map((s) => s.text).join(' ');
  if (built && built.state === 'built') {
    const holes = shapes.flatMap((s) => (s.state === 'built' ? s.holes : s.state === 'opaque' ? [s.expr] : []));
    return { ...built, text, holes };
  }
  const op = shapes.find((s) => s.state === 'opaque');
  if (op) return { ...op, text };
  if (shapes.some((s) => s.state === 'safe')) return { state: 'safe', text };
  return { state: 'constant', text };
}

// ------------------------------------------------------------ local names

function nameShape(expr: Extract<Expr, { kind: 'name' }>, scope: Scope, st: State): StringShape {
  const found = definingScope(expr.id, scope);
  if (!found) return opaque(expr);
  const owner = found.owner;
  const key = 'kind' in owner ? `${owner.range.line}:${owner.range.col}:${expr.id}` : `module:${expr.id}`;
  if (st.resolving.has(key)) return { state: 'constant', text: '' }; // a cycle: the other assignments decide
  const defs = localDefinitions(found, expr.id, expr.range);
  if (!defs || defs.plain.length === 0) return opaque(expr);
  st.resolving.add(key);
  try {
    const base = merge(defs.plain.map((d) => shapeOf(d, found, st)));
    if (defs.augmented.length === 0) return base.state === 'opaque' ? opaque(expr) : base;
    const added = defs.augmented.map((d) => shapeOf(d, found, st));
    if (base.state === 'opaque' && !added.some(isRunTime)) return opaque(expr);
    return combine([base, ...added], 'concatenation', defs.augmented[0]!);
  } finally {
    st.resolving.delete(key);
  }
}

/** The scope that binds `name` as a local (not an import), seen from `scope`. */
function definingScope(name: string, scope: Scope): Scope | null {
  for (let s: Scope | null = scope; s; s = s.parent) {
    const owner = s.owner;
    if (s !== scope && 'kind' in owner && owner.kind === 'class') continue;
    const b = s.bindings.get(name);
    if (!b) continue;
    return b.kind === 'local' ? s : null;
  }
  return null;
}

interface Definitions {
  /** Values of `name = value` that may reach the use. */
  plain: Expr[];
  /** Right-hand sides of `name += value` that may reach the use. */
  augmented: Expr[];
}

/**
 * The assignments to `name` in the body of `scope`'s owner that may reach a
 * use at `use`, not entering nested functions or classes. An assignment on a
 * later line is ignored, and a plain assignment in a block that encloses the
 * use hides every assignment before it (`q = f"..."` then `q = "SELECT 1"`).
 * null when the name is also bound in a way we do not follow (a parameter, a
 * loop or `with` target, unpacking, `global`).
 */
function localDefinitions(scope: Scope, name: string, use: Range): Definitions | null {
  const owner = scope.owner;
  if ('kind' in owner && owner.kind === 'lambda') return null;
  if ('kind' in owner && owner.kind === 'function' && owner.params.some((p) => p.name === name)) return null;
  const body = owner.body as readonly Stmt[];
  const found: Array<{ stmt: AssignStmt; augmented: boolean }> = [];
  let unknown = false;
  const mentions = (target: Expr): boolean => {
    if (target.kind === 'name') return target.id === name;
    if (target.kind === 'sequence') return target.elements.some(mentions);
    if (target.kind === 'starred') return mentions(target.value);
    return false;
  };
  const visit = (n: Node): void => {
    if (unknown) return;
    switch (n.kind) {
      case 'function':
      case 'class':
        if (n.name === name) unknown = true;
        for (const d of n.decorators) visit(d);
        return;
      case 'lambda':
        return;
      case 'assign':
        for (const t of n.targets) {
          if (t.kind === 'name' && t.id === name) {
            if (n.range.line > use.line || !n.value) continue;
            if (n.op === null || n.op === '+') found.push({ stmt: n, augmented: n.op !== null });
            else unknown = true;
          } else if (mentions(t)) {
            unknown = true;
          }
        }
        break;
      case 'for':
        if (mentions(n.target)) unknown = true;
        break;
      case 'with':
        if (n.items.some((it) => it.target && mentions(it.target))) unknown = true;
        break;
      case 'try':
        if (n.handlers.some((h) => h.name === name)) unknown = true;
        break;
      case 'walrus':
        if (n.target.id === name) unknown = true;
        break;
      case 'import':
        if (n.names.some((i) => (i.alias ?? i.name.split('.')[0]) === name)) unknown = true;
        return;
      case 'global':
      case 'nonlocal':
        if (n.names.includes(name)) unknown = true;
        return;
      case 'comprehension':
        if (n.clauses.some((c) => mentions(c.target))) unknown = true;
        break;
      default:
        break;
    }
    forEachChild(n, visit);
  };
  for (const s of body) visit(s);
  if (unknown) return null;
  // The last plain assignment that sits in a statement list on the path to the use kills the earlier ones.
  const path = pathTo(body, use);
  let cut = -1;
  for (const f of found) {
    if (f.augmented || f.stmt.range.line <= cut) continue;
    if (path.some(({ list, index }) => list.indexOf(f.stmt) >= 0 && list.indexOf(f.stmt) < index)) cut = f.stmt.range.line;
  }
  const live = found.filter((f) => f.stmt.range.line >= cut);
  return {
    plain: live.filter((f) => !f.augmented).map((f) => f.stmt.value!),
    augmented: live.filter((f) => f.augmented).map((f) => f.stmt.value!),
  };
}

/** The statement lists (and positions in them) that lead from `body` down to the statement holding `at`. */
function pathTo(body: readonly Stmt[], at: Range): Array<{ list: readonly Stmt[]; index: number }> {
  const out: Array<{ list: readonly Stmt[]; index: number }> = [];
  let list: readonly Stmt[] | null = body;
  while (list) {
    const index: number = list.findIndex((s) => contains(s.range, at));
    if (index < 0) break;
    out.push({ list, index });
    const s: Stmt = list[index]!;
    list = childLists(s).find((l) => l.some((c) => contains(c.range, at))) ?? null;
  }
  return out;
}

function childLists(s: Stmt): Array<readonly Stmt[]> {
  switch (s.kind) {
    case 'if':
    case 'while':
      return [s.body, s.orelse];
    case 'for':
      return [s.body, s.orelse];
    case 'try':
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    case 'with':
      return [s.body];
    case 'match':
      return s.cases.map((c) => c.body);
    default:
      return []; // nested functions and classes are other scopes
  }
}

function contains(outer: Range, inner: Range): boolean {
  const starts = outer.line < inner.line || (outer.line === inner.line && outer.col <= inner.col);
  const ends = outer.endLine > inner.endLine || (outer.endLine === inner.endLine && outer.endCol >= inner.endCol);
  return starts && ends;
}

// ------------------------------------------------------------ source text

/** The source text of `expr` on one line, shortened for messages. */
export function exprText(ctx: CheckContext, expr: Expr, max = 40): string {
  const r = expr.range;
  const line = linesOf(ctx.source)[r.line - 1] ?? '';
  const text = r.endLine === r.line ? line.slice(r.col - 1, r.endCol - 1) : `${line.slice(r.col - 1).trimEnd()} …`;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "(from `a`, `b`)" naming the first run-time parts of a built string. */
export function holesText(ctx: CheckContext, holes: readonly Expr[]): string {
  const names = [...new Set(holes.map((h) => `\`${exprText(ctx, h, 30)}\``))];
  if (names.length === 0) return '';
  const shown = names.slice(0, 2).join(', ');
  return names.length > 2 ? `${shown}, …` : shown;
}
