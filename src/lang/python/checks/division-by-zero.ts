/**
 * ## What it does
 * Flags `/`, `//`, `%`, `divmod()` and their augmented forms whose divisor
 * is zero for an empty or all-zero input and is not checked first: `len(x)`,
 * `sum(x)`, `x.count(...)`, `len(x) - 1`, or a local assigned from one of
 * those in the same function.
 *
 * ## Why is this bad?
 * An empty list, an empty upload or an empty query result is ordinary input.
 * Dividing by its length raises `ZeroDivisionError`; in a request handler or
 * a worker loop that is an unhandled crash an attacker can trigger at will
 * (denial of service), or, when a caller catches broadly, a silently skipped
 * computation.
 *
 * ## Precision
 * The divisor is left alone when anything guards it:
 * - an enclosing `if`/`while`/conditional expression/comprehension filter/
 *   `and` whose test mentions the divisor or its collection, or such a test
 *   (or an `assert`) anywhere earlier in the function (an early exit);
 * - a `for` loop over the collection around the division (it is non-empty
 *   inside);
 * - the collection being non-empty by construction: a non-empty literal,
 *   `sys.argv`, `s.split(sep)`, or an earlier `x[0]` / `min(x)` / `max(x)`,
 *   which would already have raised;
 * - a `try` that handles `ZeroDivisionError`, `ArithmeticError` or `Exception`;
 * - clamping: `max(n, 1)`, `n or 1`, `len(x) + 1` are not zero-able.
 * Bare parameters are not flagged: whether a caller may pass 0 is a contract
 * the function cannot see, and flagging every `a / b` would bury real findings.
 * `%` with a string on the left is formatting, not division. Module-level
 * code is not analysed.
 */
import { defineCheck } from '../../../analyze/check.js';
import type { AssignStmt, Expr, FunctionDef, Node } from '../../../ir/types.js';
import { before, enclosingFunction, exprKey, handlerTypeNames, qualifiedIn, shortText, walkLocal, within } from './_flow-paths.js';

interface Divisor {
  /** What makes it zero, for the message. */
  reason: string;
  /** Expressions whose mention in a test counts as a guard. */
  keys: Set<string>;
  /** The collection whose emptiness makes it zero, when known (len only). */
  collection: Expr | null;
  /** Whether a loop over the collection proves it non-zero. */
  loopGuards: boolean;
  /** For a local: the expression it was assigned from. */
  via?: string;
  /** The collection is built from the program's own state, not from input: not reported. */
  internal?: boolean;
}

const DIV_OPS = new Set(['/', '//', '%']);
const NUMERIC_WRAPPERS = new Set(['float', 'int', 'abs', 'Decimal', 'decimal.Decimal', 'Fraction', 'fractions.Fraction']);
const INPUT_CALLS = new Set(['os.listdir', 'glob.glob', 're.findall', 'os.scandir', 'json.load', 'json.loads', 'csv.reader', 'input']);
const INPUT_METHODS = new Set(['split', 'findall', 'readlines', 'fetchall', 'fetchmany', 'getlist', 'glob', 'iterdir', 'filter', 'all', 'splitlines']);
const PASS_THROUGH = new Set(['list', 'sorted', 'set', 'tuple', 'reversed', 'dict', 'frozenset']);
const GUARD_EXCEPTIONS = new Set(['ZeroDivisionError', 'ArithmeticError', 'Exception', 'BaseException']);

export default defineCheck({
  meta: {
    id: 'division-by-zero',
    title: 'Division by a length, sum or count that can be zero',
    cwe: 369,
    severity: 'low',
    confidence: 'medium',
    languages: ['python'],
    description:
      'Division, floor division, modulo or `divmod` by `len(x)`, `sum(x)`, `x.count(...)` (or a local holding ' +
      'one) with no check that it is non-zero: no guarding test, no early exit, no `ZeroDivisionError` handler.',
    why:
      'Empty input is ordinary input. Dividing by its length raises `ZeroDivisionError`: an unhandled crash an ' +
      'attacker can trigger at will in a request handler or worker (denial of service), or a computation silently ' +
      'skipped when a caller catches broadly.',
    fix: 'Check first (`if not items: return 0.0`), clamp (`max(len(items), 1)`), or handle `ZeroDivisionError` where an empty input is possible.',
    example: {
      bad: 'def mean(values):\n    return sum(values) / len(values)',
      good: 'def mean(values):\n    if not values:\n        raise ValueError("mean of empty data")\n    return sum(values) / len(values)',
    },
    references: ['https://cwe.mitre.org/data/definitions/369.html', 'https://docs.python.org/3/library/exceptions.html#ZeroDivisionError'],
    evidence: { subject: 'division', clean: 'none can divide by zero unchecked' },
  },
  create(ctx) {
    /** The last plain assignment to `name` in `fn` before `at`, or null. */
    function lastAssignment(name: string, fn: FunctionDef, at: Node): AssignStmt | null | 'other' {
      let last: AssignStmt | null = null;
      let other = false;
      walkLocal(fn, (n) => {
        if (!before(n, at)) return;
        if (n.kind === 'assign' && n.targets.some((t) => bindsName(t, name))) {
          if (n.targets.length === 1 && n.targets[0]!.kind === 'name') {
            if (!last || before(last, n)) last = n;
          } else other = true;
        }
        if ((n.kind === 'for' && bindsName(n.target, name)) || (n.kind === 'walrus' && n.target.id === name)) other = true;
        if (n.kind === 'with' && n.items.some((it) => it.target && bindsName(it.target, name))) other = true;
      });
      if (other) return 'other';
      return last;
    }

    function unwrap(e: Expr, fn: FunctionDef): Expr {
      while (e.kind === 'call' && e.args.length === 1 && !e.args[0]!.name) {
        const q = qualifiedIn(ctx, e.callee, fn);
        if (!q || !NUMERIC_WRAPPERS.has(q)) break;
        e = e.args[0]!.value;
      }
      return e;
    }

    /** Why `e` can be zero, or null when it is not one of the shapes this check follows. */
    function zeroable(e: Expr, fn: FunctionDef, at: Node, depth = 0): Divisor | null {
      e = unwrap(e, fn);
      if (e.kind === 'call') {
        const q = qualifiedIn(ctx, e.callee, fn);
        const arg = e.args[0]?.value;
        if ((q === 'len' || q === 'sum') && arg && e.args.length === 1 && !e.args[0]!.spread) {
          const keys = new Set([exprKey(e), exprKey(arg)]);
          // `len(self._chars)` is often guarded through the local it was copied from: `if chars:`.
          if (arg.kind === 'attribute') keys.add(arg.attr.replace(/^_+/, ''));
          if (arg.kind === 'comprehension') for (const c of arg.clauses) keys.add(exprKey(c.iter));
          const internal = !fromInput(arg, fn, at, 0);
          return q === 'len'
            ? { reason: `0 when \`${shortText(ctx.source, arg.range, 30)}\` is empty`, keys, collection: arg, loopGuards: true, internal }
            : { reason: `0 when \`${shortText(ctx.source, arg.range, 30)}\` is empty or sums to zero`, keys, collection: arg, loopGuards: false, internal };
        }
        if (e.callee.kind === 'attribute' && e.callee.attr === 'count' && e.args.length >= 1) {
          const obj = e.callee.object;
          return { reason: 'a count, 0 when nothing matches', keys: new Set([exprKey(e), exprKey(obj)]), collection: null, loopGuards: false };
        }
        return null;
      }
      if (e.kind === 'binary' && e.op === '-' && e.right.kind === 'literal' && e.right.type === 'int' && depth === 0) {
        const inner = zeroable(e.left, fn, at, depth + 1);
        if (!inner) return null;
        const left = shortText(ctx.source, e.left.range, 30);
        const via = inner.via ? ` (\`${left}\` = \`${inner.via}\`)` : '';
        return { keys: inner.keys, reason: `0 when \`${left}\` is ${e.right.value}${via}`, collection: null, loopGuards: false };
      }
      if (e.kind === 'name' && depth < 3) {
        const a = lastAssignment(e.id, fn, at);
        if (!a || a === 'other' || a.op !== null || !a.value) return null;
        const inner = zeroable(a.value, fn, a, depth + 1);
        if (!inner) return null;
        inner.keys.add(e.id);
        return { ...inner, via: inner.via ?? shortText(ctx.source, a.value.range, 40) };
      }
      return null;
    }

    /**
     * Whether a collection can plausibly be empty at run time: it comes from a parameter (the
     * caller's data), is filtered, or is read from outside (split, findall, listdir, fetchall...).
     * Collections built from `self` state or opaque internal calls are assumed populated.
     */
    function fromInput(e: Expr, fn: FunctionDef, at: Node, depth: number): boolean {
      if (depth > 4) return false;
      switch (e.kind) {
        case 'name': {
          const p = fn.params.find((x) => x.name === e.id);
          if (p) return p.name !== 'self' && p.name !== 'cls';
          const a = lastAssignment(e.id, fn, at);
          if (!a || a === 'other' || !a.value) return false;
          if (a.op === null && a.value.kind === 'sequence' && a.value.elements.length === 0) return true; // filled in a loop
          return a.op === null && fromInput(a.value, fn, a, depth + 1);
        }
        case 'attribute':
        case 'index': {
          let root: Expr = e;
          while (root.kind === 'attribute' || root.kind === 'index') root = root.object;
          return root.kind === 'name' && root.id !== 'self' && root.id !== 'cls' && fn.params.some((x) => x.name === root.id);
        }
        case 'comprehension':
          return e.clauses.some((c) => c.conditions.length > 0) || e.clauses.some((c) => fromInput(c.iter, fn, at, depth + 1));
        case 'call': {
          const q = qualifiedIn(ctx, e.callee, fn);
          if (q === 'filter' || (q && INPUT_CALLS.has(q))) return true;
          const leaf = e.callee.kind === 'attribute' ? e.callee.attr : null;
          if (leaf && INPUT_METHODS.has(leaf) && !(leaf === 'split' && e.args.length > 0)) return true;
          if (q && PASS_THROUGH.has(q) && e.args[0]) return fromInput(e.args[0].value, fn, at, depth + 1);
          if (leaf && ['keys', 'values', 'items', 'copy'].includes(leaf) && e.callee.kind === 'attribute') return fromInput(e.callee.object, fn, at, depth + 1);
          return false;
        }
        default:
          return false;
      }
    }

    /** True when a subexpression of `test` (outside `skip`) is one of `keys`. */
    function mentions(test: Node, keys: ReadonlySet<string>, skip: Node | null): boolean {
      let hit = false;
      walkLocal(test, (n) => {
        if (hit || (skip && within(n, skip))) return;
        if ((n.kind === 'name' || n.kind === 'attribute' || n.kind === 'call' || n.kind === 'index') && keys.has(exprKey(n))) hit = true;
      });
      return hit;
    }

    function guarded(div: Node, d: Divisor, fn: FunctionDef, ancestors: readonly Node[]): string | null {
      const start = ancestors.indexOf(fn);
      const chain = [...ancestors.slice(start + 1), div];
      for (let i = 0; i < chain.length - 1; i++) {
        const a = chain[i]!;
        const child = chain[i + 1]!;
        switch (a.kind) {
          case 'if':
          case 'while':
            if (child !== a.test && mentions(a.test, d.keys, null)) return 'guarded by a test';
            break;
          case 'conditional':
            if (child !== a.test && mentions(a.test, d.keys, null)) return 'guarded by a test';
            break;
          case 'logical': {
            const idx = a.values.indexOf(child as Expr);
            if (a.values.slice(0, Math.max(idx, 0)).some((v) => mentions(v, d.keys, null))) return 'guarded by a test';
            break;
          }
          case 'comprehension':
            if (a.clauses.some((c) => c.conditions.some((x) => mentions(x, d.keys, div)))) return 'guarded by a test';
            if (d.loopGuards && d.collection && a.clauses.some((c) => iterates(c.iter, exprKey(d.collection!), fn)) && child === a.element) {
              return 'inside a loop over the collection';
            }
            break;
          case 'for':
            if (d.loopGuards && d.collection && a.body.includes(child as never) && iterates(a.iter, exprKey(d.collection), fn)) {
              return 'inside a loop over the collection';
            }
            break;
          case 'try':
            if (a.body.includes(child as never) && a.handlers.some((h) => handlerTypeNames(ctx, h.type, fn).some((t) => GUARD_EXCEPTIONS.has(t)))) {
              return 'ZeroDivisionError handled';
            }
            break;
          default:
            break;
        }
      }
      // An earlier test or assert anywhere in the function (early exits, validation).
      let earlier: string | null = null;
      walkLocal(fn, (n) => {
        if (earlier || !before(n, div) || within(div, n)) return;
        if ((n.kind === 'if' || n.kind === 'while' || n.kind === 'assert') && mentions(n.test, d.keys, null)) earlier = 'checked earlier';
        if (n.kind === 'conditional' && mentions(n.test, d.keys, null)) earlier = 'checked earlier';
        if (d.collection && provesNonEmpty(n, exprKey(d.collection), fn)) earlier = 'collection known non-empty';
      });
      if (earlier) return earlier;
      if (d.collection && nonEmptyByConstruction(d.collection, fn, div)) return 'collection known non-empty';
      return null;
    }

    /** True when looping over `iter` visits the elements of the collection `key` (so it is non-empty inside). */
    function iterates(iter: Expr, key: string, fn: FunctionDef): boolean {
      if (exprKey(iter) === key) return true;
      if (iter.kind !== 'call') return false;
      const q = qualifiedIn(ctx, iter.callee, fn);
      if (q && ['enumerate', 'sorted', 'reversed', 'list', 'iter', 'zip', 'tuple', 'set'].includes(q)) return iter.args.some((a) => iterates(a.value, key, fn));
      if (iter.callee.kind === 'attribute' && ['items', 'keys', 'values'].includes(iter.callee.attr)) return exprKey(iter.callee.object) === key;
      return false;
    }

    /** `x[0]`, `min(x)`, `max(x)`, `x.pop()`, `random.choice(x)`: these raise on an empty x. */
    function provesNonEmpty(n: Node, key: string, fn: FunctionDef): boolean {
      if (n.kind === 'index' && exprKey(n.object) === key) {
        const v = ctx.constValue(n.index);
        return typeof v === 'number';
      }
      if (n.kind === 'call') {
        const q = qualifiedIn(ctx, n.callee, fn);
        if ((q === 'min' || q === 'max' || q === 'random.choice' || q === 'next') && n.args[0] && exprKey(n.args[0].value) === key && !n.args.some((a) => a.name === 'default')) return true;
        if (n.callee.kind === 'attribute' && n.callee.attr === 'pop' && exprKey(n.callee.object) === key) return true;
      }
      return false;
    }

    function nonEmptyByConstruction(coll: Expr, fn: FunctionDef, at: Node): boolean {
      const q = qualifiedIn(ctx, coll, fn);
      if (q === 'sys.argv') return true;
      const c = ctx.constValue(coll);
      if (typeof c === 'string' && c.length > 0) return true;
      const value = coll.kind === 'name' ? (() => {
        const a = lastAssignment(coll.id, fn, at);
        return a && a !== 'other' && a.op === null ? a.value : null;
      })() : coll;
      if (!value) return false;
      if (value.kind === 'sequence' || value.kind === 'dict') {
        return (value.kind === 'dict' ? value.entries.length : value.elements.length) > 0 && !(value.kind === 'sequence' && value.elements.some((x) => x.kind === 'starred'));
      }
      // str.split(sep) always returns at least one element.
      if (value.kind === 'call' && value.callee.kind === 'attribute' && (value.callee.attr === 'split' || value.callee.attr === 'rsplit') && value.args.length > 0) {
        const sep = value.args[0]!.value;
        return !(sep.kind === 'literal' && sep.type === 'none');
      }
      return false;
    }

    function stringLeft(left: Expr, fn: FunctionDef, at: Node): boolean {
      if (left.kind === 'template') return true;
      const v = ctx.constValue(left);
      if (typeof v === 'string') return true;
      if (left.kind === 'literal') return left.type === 'str' || left.type === 'bytes';
      if (left.kind === 'name') {
        const a = lastAssignment(left.id, fn, at);
        if (a && a !== 'other' && a.value && (a.value.kind === 'template' || (a.value.kind === 'literal' && (a.value.type === 'str' || a.value.type === 'bytes')))) return true;
      }
      if (left.kind === 'call' && left.callee.kind === 'attribute' && ['join', 'format', 'strip', 'replace', 'lower', 'upper'].includes(left.callee.attr)) return true;
      return false;
    }

    function examine(div: Node, op: string, left: Expr | null, divisor: Expr) {
      const fn = enclosingFunction(ctx.ancestors);
      if (!fn) return;
      const v = ctx.constValue(divisor);
      if (typeof v === 'number' || typeof v === 'boolean') {
        if (v !== 0 && v !== false) ctx.examined(div, 'constant divisor');
        return;
      }
      if (op === '%' && left && stringLeft(left, fn, div)) return;
      const d = zeroable(divisor, fn, div);
      if (!d) return;
      const g = guarded(div, d, fn, ctx.ancestors);
      if (g) {
        ctx.examined(div, g);
        return;
      }
      if (d.internal) {
        ctx.examined(div, 'collection built internally');
        return;
      }
      const text = shortText(ctx.source, divisor.range, 40);
      const what = op === 'divmod' ? '`divmod()`' : `\`${op}\``;
      ctx.report(
        div,
        `${what} by \`${text}\`${d.via ? ` (= \`${d.via}\`)` : ''}, which is ${d.reason}, and nothing before it rules that out (ZeroDivisionError).`,
      );
    }

    return {
      binary(node) {
        if (DIV_OPS.has(node.op)) examine(node, node.op, node.left, node.right);
      },
      assign(node) {
        if (node.op && DIV_OPS.has(node.op) && node.value) examine(node, node.op, node.targets[0] ?? null, node.value);
      },
      call(node) {
        if (ctx.qualifiedName(node.callee) === 'divmod' && node.args.length === 2) examine(node, 'divmod', node.args[0]!.value, node.args[1]!.value);
      },
    };
  },
});

function bindsName(t: Expr, name: string): boolean {
  if (t.kind === 'name') return t.id === name;
  if (t.kind === 'sequence') return t.elements.some((e) => bindsName(e, name));
  if (t.kind === 'starred') return bindsName(t.value, name);
  return false;
}
