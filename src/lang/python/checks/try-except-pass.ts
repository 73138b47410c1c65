/**
 * ## What it does
 * Flags an exception handler that catches everything (a bare `except:`,
 * `except Exception`, `except BaseException`, or a tuple containing one of
 * them) and whose body does nothing at all: only `pass`, `continue` or `...`.
 *
 * Scope: this check is strictly about the *empty* handler body. A broad
 * handler that does something but still swallows the error (logs at debug,
 * returns a default) is the business of the broader "broad except that
 * swallows errors" check, so the two never report the same handler.
 *
 * ## Why is this bad?
 * Every failure in the `try` body, including ones that matter for security
 * (a failed permission lookup, a signature check that raised, a write that did
 * not happen) is silently discarded and the program carries on as if it had
 * succeeded. A bare `except:` also swallows `KeyboardInterrupt` and
 * `SystemExit`.
 *
 * ## Precision
 * A narrow exception with an empty body (`except KeyError: pass`,
 * `except FileNotFoundError: pass`) is idiomatic and is recorded as examined.
 * Exception names are resolved, so a project class named `Exception` is not
 * the builtin.
 */
import { defineCheck } from '../../../analyze/check.js';
import type { ExceptHandler, Expr, Stmt } from '../../../ir/types.js';

const BROAD = new Set(['Exception', 'BaseException', 'builtins.Exception', 'builtins.BaseException']);

function isEmptyStatement(s: Stmt): boolean {
  if (s.kind === 'pass' || s.kind === 'continue') return true;
  return s.kind === 'expr' && s.expr.kind === 'literal' && s.expr.type === 'ellipsis';
}

export default defineCheck({
  meta: {
    id: 'try-except-pass',
    title: 'Broad exception silently ignored',
    cwe: 390,
    severity: 'low',
    confidence: 'high',
    languages: ['python'],
    description:
      'A bare `except:` or `except Exception` / `except BaseException` handler whose body is only `pass`, ' +
      '`continue` or `...`.',
    why:
      'Every error raised in the `try` block is discarded without a trace, including failures of security-relevant ' +
      'steps; the program continues as if they had succeeded, and the cause of later misbehaviour is hidden.',
    fix:
      'Catch only the exceptions you expect (`except FileNotFoundError:`), or handle the error: log it with ' +
      '`logger.exception(...)`, re-raise, or return an explicit failure. Use `contextlib.suppress(SpecificError)` ' +
      'for deliberate ignores.',
    example: {
      bad: 'try:\n    os.remove(lock_path)\nexcept Exception:\n    pass',
      good: 'try:\n    os.remove(lock_path)\nexcept FileNotFoundError:\n    pass',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/390.html',
      'https://docs.python.org/3/tutorial/errors.html#handling-exceptions',
      'https://docs.python.org/3/library/contextlib.html#contextlib.suppress',
    ],
    evidence: { subject: 'empty exception handler', clean: 'each catches a specific exception' },
    aliases: { bandit: ['B110', 'B112'], ruff: ['S110', 'S112'] },
  },
  create(ctx) {
    const broadName = (e: Expr | null): string | null => {
      if (e === null) return 'bare except';
      if (e.kind === 'sequence') {
        for (const el of e.elements) {
          const b = broadName(el);
          if (b !== null) return b;
        }
        return null;
      }
      const q = ctx.qualifiedName(e);
      return q !== null && BROAD.has(q) ? q.replace('builtins.', '') : null;
    };
    const judge = (h: ExceptHandler) => {
      if (h.body.length === 0 || !h.body.every(isEmptyStatement)) return;
      const broad = broadName(h.type);
      if (broad === null) {
        ctx.examined(h, 'specific exception');
        return;
      }
      const what = broad === 'bare except' ? 'A bare `except:`' : `\`except ${broad}\``;
      const action = h.body.some((s) => s.kind === 'continue') ? 'continue' : 'pass';
      ctx.report(h, `${what} with only \`${action}\` discards every error from the \`try\` block without a trace.`);
    };
    return {
      try(node) {
        for (const h of node.handlers) judge(h);
      },
    };
  },
});
