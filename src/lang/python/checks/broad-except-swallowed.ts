/**
 * ## What it does
 * Flags `except Exception`, `except BaseException` and bare `except:`
 * handlers that make the error disappear: the handler does not re-raise,
 * return, log or report it (logging/logger calls, `print`, `traceback`,
 * `warnings.warn`, `sys.exit`, an error callback), and never looks at the
 * exception object.
 *
 * ## Why is this bad?
 * A broad handler catches every bug in the guarded code, not just the failure
 * it was written for: a `TypeError`, a failed security check, a half-written
 * transaction. When the handler then carries on silently, the program runs in
 * a state nobody planned for and nothing records why. A bare `except:` or
 * `except BaseException` also swallows `KeyboardInterrupt` and `SystemExit`.
 *
 * ## Precision
 * - Handlers whose body is only `pass`, `continue` or `...` are left to the
 *   `try-except-pass` check, so one defect is reported once.
 * - Feature detection (a `try` that only imports) and `__del__` / `__repr__`
 *   (which must not raise) are not flagged.
 * - Any call whose name says it reports (`log`, `warn`, `error`, `report`,
 *   `fail`, `notify`, `capture`, `abort`, `exit`, `excepthook`) counts as handling.
 * - A handler that records the failure in a collection the function returns
 *   (`failed.append(path)`) reports it to the caller.
 * - A handler that only assigns a fallback (`value = None`) is a deliberate
 *   default, and a handler with a comment explains itself: neither is flagged,
 *   except a fallback that grants (`allowed = True`), which fails open and is
 *   reported with medium confidence and severity.
 * CWE-390 (error detected, no action) rather than CWE-396 (catching a generic
 * exception): catching broadly is fine when the error is logged or re-raised;
 * the defect is the silence. Bare / BaseException handlers get medium
 * confidence, `except Exception` low.
 */
import { linesOf } from '../../../analyze/source-lines.js';
import { identifierWords } from '../helpers/secret-names.js';
import { defineCheck } from '../../../analyze/check.js';
import type { ExceptHandler, Expr, FunctionDef, Stmt } from '../../../ir/types.js';
import { enclosingFunction, handlerTypeNames, qualifiedIn, walkLocal } from './_flow-paths.js';

const REPORTING_MODULES = /^(logging|traceback|warnings|sys\.exit|os\._exit|sentry_sdk|structlog|loguru|pytest)\b/;
/** Words in a callee or its object that say the error is being reported or the process is ending. */
const REPORTING_WORDS = new Set([
  'log', 'logs', 'logger', 'logging', 'warn', 'warning', 'warnings', 'error', 'errors', 'exception', 'exceptions',
  'report', 'fail', 'failed', 'failure', 'failures', 'abort', 'alert', 'notify', 'capture', 'print', 'printf', 'exc',
  'die', 'fatal', 'critical', 'debug', 'info', 'stderr', 'traceback', 'exit', 'excepthook', 'onerror', 'showtraceback',
]);
const REPORTING_SUBSTRINGS = /traceback|excepthook|error|exception|warn|fail/i;
/** Words naming a grant decision; `allowed = True` in a broad handler fails open (`invalid = True` does not). */
const AUTH_WORDS = new Set([
  'allow', 'allowed', 'permit', 'permitted', 'auth', 'authorized', 'authorised', 'authenticated', 'valid', 'verified',
  'grant', 'granted', 'admin', 'trusted', 'success', 'succeeded', 'ok', 'passed', 'approved', 'access',
]);


function reports(identifier: string): boolean {
  return identifierWords(identifier).some((w) => REPORTING_WORDS.has(w)) || REPORTING_SUBSTRINGS.test(identifier);
}

/** `except Exception: value = default` (optionally followed by break/continue): a deliberate fallback. */
function fallbackOnly(body: readonly Stmt[]): boolean {
  let assigned = false;
  for (const s of body) {
    if (s.kind === 'assign' && s.op === null && s.targets.length > 0) assigned = true;
    else if (s.kind === 'break' || s.kind === 'continue' || s.kind === 'pass') continue;
    else return false;
  }
  return assigned;
}

/** A fallback that grants: `allowed = True` under a broad handler fails open. */
function failsOpen(body: readonly Stmt[]): string | null {
  for (const s of body) {
    if (s.kind !== 'assign' || !s.value || s.value.kind !== 'literal' || s.value.value !== true) continue;
    for (const t of s.targets) {
      const name = t.kind === 'name' ? t.id : t.kind === 'attribute' ? t.attr : null;
      if (name && identifierWords(name).some((w) => AUTH_WORDS.has(w))) return name;
    }
  }
  return null;
}

/** Exactly the bodies `try-except-pass` reports: only `pass`, `continue` and `...`. */
function isTrivialBody(body: readonly Stmt[]): boolean {
  return body.every(
    (s) =>
      s.kind === 'pass' ||
      s.kind === 'continue' ||
      (s.kind === 'expr' && s.expr.kind === 'literal' && s.expr.type === 'ellipsis'),
  );
}

function leafName(e: Expr): string | null {
  if (e.kind === 'name') return e.id;
  if (e.kind === 'attribute') return e.attr;
  if (e.kind === 'call') return leafName(e.callee);
  return null;
}

export default defineCheck({
  meta: {
    id: 'broad-except-swallowed',
    title: 'Broad exception handler silently discards the error',
    cwe: 390,
    severity: 'low',
    confidence: 'low',
    languages: ['python'],
    description:
      '`except Exception`, `except BaseException` or bare `except:` handlers that neither re-raise, return, log nor ' +
      'inspect the exception, and do more than `pass`/`continue` (that case is `try-except-pass`).',
    why:
      'A broad handler catches programming errors and failed checks along with the expected failure. Carrying on ' +
      'silently leaves the program in an unplanned state (a half-applied change, a skipped security check, a ' +
      'default value standing in for real data) with no trace of what went wrong. Bare `except:` also swallows ' +
      '`KeyboardInterrupt` and `SystemExit`.',
    fix:
      'Catch the specific exceptions the code expects. If a broad handler is really needed, log the error ' +
      '(`logger.exception(...)`) or re-raise it after cleaning up.',
    example: {
      bad: 'try:\n    apply_migration(db)\nexcept Exception:\n    db.rollback()',
      good: 'try:\n    apply_migration(db)\nexcept Exception:\n    db.rollback()\n    logger.exception("migration failed")\n    raise',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/390.html',
      'https://cwe.mitre.org/data/definitions/396.html',
      'https://docs.python.org/3/tutorial/errors.html#handling-exceptions',
    ],
    evidence: { subject: 'broad exception handler', clean: 'none silently discards the error' },
  },
  create(ctx) {
    function handled(h: ExceptHandler, fn: FunctionDef | null): string | null {
      let how: string | null = null;
      for (const s of h.body) {
        walkLocal(s, (n) => {
          if (how) return;
          if (n.kind === 'raise') how = 're-raises';
          else if (n.kind === 'return' || n.kind === 'yield') how = 'returns';
          else if (n.kind === 'name' && h.name !== null && n.id === h.name) how = 'uses the exception';
          else if (n.kind === 'call') {
            const q = qualifiedIn(ctx, n.callee, fn);
            if (q === 'sys.exc_info' || q === 'sys.exception') how = 'uses the exception';
            else if (q && REPORTING_MODULES.test(q)) how = 'logs or reports';
            else if (q === 'print') how = 'logs or reports';
            else if (n.args.some((a) => a.name === 'exc_info')) how = 'logs or reports';
            else {
              const leaf = leafName(n.callee);
              const obj = n.callee.kind === 'attribute' ? leafName(n.callee.object) : null;
              if ((leaf && reports(leaf)) || (obj && reports(obj))) how = 'logs or reports';
            }
          }
        });
        if (how) break;
      }
      return how;
    }

    /** A comment inside the handler explains why the error is dropped. */
    function commented(h: ExceptHandler): boolean {
      const lines = linesOf(ctx.source).slice(h.range.line - 1, h.range.endLine);
      return lines.some(hasComment);
    }

    /** The handler records the failure in a collection the function returns: `failed.append(x)`. */
    function recordsForCaller(h: ExceptHandler, fn: FunctionDef | null): boolean {
      if (!fn) return false;
      const returned = new Set<string>();
      walkLocal(fn, (n) => {
        if (n.kind === 'return' && n.value) walkLocal(n.value, (x) => {
          if (x.kind === 'name') returned.add(x.id);
        });
      });
      let records = false;
      for (const s of h.body) {
        walkLocal(s, (n) => {
          if (n.kind === 'call' && n.callee.kind === 'attribute' && n.callee.object.kind === 'name' && returned.has(n.callee.object.id)) records = true;
          if (n.kind === 'assign' && n.targets.some((t) => t.kind === 'index' && t.object.kind === 'name' && returned.has(t.object.id))) records = true;
        });
      }
      return records;
    }

    return {
      try(node) {
        const fn = enclosingFunction(ctx.ancestors);
        const importsOnly = node.body.length > 0 && node.body.every((s) => s.kind === 'import' || s.kind === 'pass');
        for (const h of node.handlers) {
          const types = handlerTypeNames(ctx, h.type, fn);
          const broad = types.find((t) => t === 'Exception' || t === 'BaseException');
          if (!broad) continue;
          if (isTrivialBody(h.body)) continue; // try-except-pass reports it
          if (importsOnly) {
            ctx.examined(h, 'optional import');
            continue;
          }
          if (fn && (fn.name === '__del__' || fn.name === '__repr__')) {
            ctx.examined(h, `in ${fn.name}`);
            continue;
          }
          const how = handled(h, fn);
          if (how) {
            ctx.examined(h, how);
            continue;
          }
          const label0 = h.type === null ? 'bare `except:`' : `\`except ${broad}\``;
          const granted = failsOpen(h.body);
          if (granted) {
            ctx.report(
              h,
              `${label0} sets \`${granted} = True\` when anything fails: the check fails open, and the error is not recorded.`,
              { confidence: 'medium', severity: 'medium' },
            );
            continue;
          }
          if (recordsForCaller(h, fn)) {
            ctx.examined(h, 'records the failure for the caller');
            continue;
          }
          if (fallbackOnly(h.body)) {
            ctx.examined(h, 'falls back to a default value');
            continue;
          }
          if (commented(h)) {
            ctx.examined(h, 'commented as deliberate');
            continue;
          }
          const label = h.type === null ? 'bare `except:`' : `\`except ${broad}\``;
          const also = broad === 'BaseException' ? ' (including KeyboardInterrupt and SystemExit)' : '';
          ctx.report(
            h,
            `${label} catches every error${also} and carries on without re-raising, logging or inspecting it; ` +
              'failures here leave no trace.',
            broad === 'BaseException' ? { confidence: 'medium' } : {},
          );
        }
      },
    };
  },
});

/** True when a source line has a `#` comment outside string literals. */
function hasComment(line: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return true;
  }
  return false;
}
