/**
 * ## What it does
 * Flags identity comparisons (`is` / `is not`) where one operand is a literal
 * other than the singletons `None`, `True`, `False` and `...`: strings,
 * bytes, numbers, f-strings, and list/tuple/set/dict displays.
 *
 * ## Why is this bad?
 * `is` compares object identity, not value. Whether two equal strings or
 * numbers are the same object is an interpreter detail (interning, the small
 * int cache, constant folding) that changes between versions, builds and code
 * paths: `token is "admin"` may be true in a test and false for a string read
 * from a request. A display such as `[]` or `{}` builds a new object, so the
 * comparison is always false (or always true for `is not`). CPython itself
 * warns ("SyntaxWarning: "is" with a literal").
 *
 * ## Precision
 * Only syntactic literals are flagged (a negated number counts), never names,
 * so `x is SENTINEL` and `type(x) is int` stay quiet. String and bytes
 * literals are reported as CWE-597 (wrong operator in string comparison), the
 * more specific child of CWE-595; everything else as CWE-595.
 */
import { defineCheck } from '../../../analyze/check.js';
import type { Expr } from '../../../ir/types.js';
import { shortText } from './_flow-paths.js';

type LiteralKind = 'string' | 'number' | 'tuple' | 'display';

function literalKind(e: Expr): LiteralKind | null {
  switch (e.kind) {
    case 'literal':
      if (e.type === 'str' || e.type === 'bytes') return 'string';
      if (e.type === 'int' || e.type === 'float') return 'number';
      return null; // None, True, False, Ellipsis are singletons: identity is correct
    case 'template':
      return 'string';
    case 'unary':
      return (e.op === '-' || e.op === '+') && e.operand.kind === 'literal' && (e.operand.type === 'int' || e.operand.type === 'float')
        ? 'number'
        : null;
    case 'sequence':
      return e.type === 'tuple' ? 'tuple' : 'display';
    case 'dict':
      return 'display';
    case 'comprehension':
      return e.type === 'generator' ? null : 'display';
    default:
      return null;
  }
}

const NOUN: Record<Exclude<LiteralKind, 'display'>, string> = { string: 'strings', number: 'numbers', tuple: 'tuples' };

export default defineCheck({
  meta: {
    id: 'is-literal-comparison',
    title: 'Identity comparison with a literal',
    cwe: 595,
    severity: 'medium',
    confidence: 'high',
    languages: ['python'],
    description:
      '`is` / `is not` comparisons where one side is a string, bytes, number, f-string or a list/tuple/set/dict ' +
      'display, instead of `None`, `True`, `False` or a named sentinel.',
    why:
      '`is` tests whether both sides are the same object. For equal strings and numbers that depends on interning ' +
      'and caching details of the interpreter, so the result differs between inputs, versions and code paths; a ' +
      'permission or state check written this way can silently fail open or closed. A display like `[]` creates a ' +
      'new object, so the test is constant.',
    fix: 'Compare values with `==` / `!=`. Keep `is` for `None`, `True`, `False` and sentinel objects.',
    example: {
      bad: 'if role is "admin":\n    grant()',
      good: 'if role == "admin":\n    grant()',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/595.html',
      'https://cwe.mitre.org/data/definitions/597.html',
      'https://docs.python.org/3/reference/expressions.html#is-not',
    ],
    evidence: { subject: 'identity comparison', clean: 'none compares against a literal' },
  },
  create(ctx) {
    return {
      compare(node) {
        for (let i = 0; i < node.ops.length; i++) {
          const op = node.ops[i]!;
          if (op !== 'is' && op !== 'is not') continue;
          const left = i === 0 ? node.left : node.comparators[i - 1]!;
          const right = node.comparators[i]!;
          const kind = literalKind(right) ?? literalKind(left);
          if (kind === null) {
            const singleton = [left, right].some((e) => e.kind === 'literal');
            ctx.examined(node, singleton ? 'against None/True/False' : 'between two objects');
            continue;
          }
          const lit = literalKind(right) ? right : left;
          const text = shortText(ctx.source, lit.range, 40);
          const eq = op === 'is' ? '==' : '!=';
          const message =
            kind === 'display'
              ? `\`${op} ${text}\` compares identity with a freshly built object, so it is always ${op === 'is' ? 'False' : 'True'}; use \`${eq}\`.`
              : `\`${op} ${text}\` compares object identity, not value; whether equal ${NOUN[kind]} are the same object is an interpreter detail. Use \`${eq}\`.`;
          ctx.report(node, message, kind === 'string' ? { cwe: 597 } : {});
        }
      },
    };
  },
});
