/**
 * ## What it does
 * Flags cookies set without the `Secure` or the `HttpOnly` attribute:
 * `response.set_cookie(name, value, ...)` (Flask/Werkzeug, Django,
 * Starlette/FastAPI responses: any receiver) and Django's
 * `set_signed_cookie`, when `secure=True` is missing (CWE-614) or
 * `httponly=True` is missing (CWE-1004). Both missing: two findings on the
 * line, one per CWE.
 *
 * ## Why is this bad?
 * Without `Secure` the browser also sends the cookie over plain HTTP, where a
 * network attacker reads it (session hijacking). Without `HttpOnly` any script
 * running in the page (an XSS payload) can read it with `document.cookie`.
 *
 * ## Precision
 * A call is a cookie setter when the method is `set_cookie` or
 * `set_signed_cookie` and the cookie name (first argument or `key=`) is a
 * string: a constant, an f-string, or a call with a `value` (this leaves out
 * `http.cookiejar`'s `set_cookie(cookie)`, which takes a Cookie object). A
 * flag given as a non-constant expression (`secure=app.config["HTTPS"]`) or
 * hidden in `**kwargs` is decided at run time and is not reported; `**OPTS`
 * naming a dict literal with constant keys, bound once, is read like keywords.
 * A call in an `if` branch that a constant condition never takes is skipped.
 * `delete_cookie` is not a concern. Cookies named for CSRF double-submit
 * (`csrftoken`, `XSRF-TOKEN`) must be readable by scripts, so the missing
 * `HttpOnly` is not reported for them. Site-wide defaults set elsewhere
 * (Django's `SESSION_COOKIE_SECURE` does not apply to `set_cookie`) are not
 * considered.
 */
import { argument, type CheckContext, defineCheck } from '../../../analyze/check.js';
import type { CallExpr, Expr } from '../../../ir/types.js';
import { constOf, followName } from './_local-value-util.js';

const SETTERS = new Set(['set_cookie', 'set_signed_cookie']);
/** Werkzeug, Django and Starlette share set_cookie(key, value, max_age, expires, path, domain, secure, httponly, samesite). */
const POSITION = { secure: 6, httponly: 7 } as const;
const SCRIPT_READABLE = /^(csrf|xsrf)/i;

export default defineCheck({
  meta: {
    id: 'cookie-without-flags',
    title: 'Cookie set without Secure or HttpOnly',
    cwe: 614,
    severity: 'medium',
    confidence: 'medium',
    languages: ['python'],
    description:
      '`set_cookie` / `set_signed_cookie` calls on Flask, Werkzeug, Django or Starlette responses without ' +
      '`secure=True` (CWE-614) or without `httponly=True` (CWE-1004).',
    why:
      'A cookie without `Secure` is also sent over plain HTTP, where anyone on the network can read it; a cookie ' +
      'without `HttpOnly` can be read by any script in the page, so a single XSS steals the session.',
    fix: 'Pass `secure=True, httponly=True` (and `samesite="Lax"` or `"Strict"`) when setting the cookie.',
    example: {
      bad: 'resp.set_cookie("session", sid)',
      good: 'resp.set_cookie("session", sid, secure=True, httponly=True, samesite="Lax")',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/614.html',
      'https://cwe.mitre.org/data/definitions/1004.html',
      'https://owasp.org/www-community/HttpOnly',
      'https://flask.palletsprojects.com/en/stable/security/#set-cookie-options',
      'https://docs.djangoproject.com/en/stable/ref/request-response/#django.http.HttpResponse.set_cookie',
    ],
    evidence: { subject: 'cookie set', clean: 'all set Secure and HttpOnly' },
  },
  create(ctx) {
    return {
      call(node) {
        if (node.callee.kind !== 'attribute' || !SETTERS.has(node.callee.attr)) return;
        const method = node.callee.attr;
        const cookie = cookieName(ctx, node);
        if (cookie === undefined) return;
        const spread = spreadOptions(ctx, node);
        if (spread === undefined) {
          ctx.examined(node, '**kwargs');
          return;
        }
        if (inDeadBranch(ctx)) {
          ctx.examined(node, 'unreachable (constant condition)');
          return;
        }
        const label = cookie === null ? 'This cookie' : `Cookie "${cookie}"`;
        let missing = 0;
        const secure = flag(ctx, node, 'secure', method, spread);
        if (secure === 'off') {
          missing++;
          ctx.report(node, `${label} is set without \`secure=True\`: the browser also sends it over plain HTTP.`, { cwe: 614 });
        }
        const httponly = flag(ctx, node, 'httponly', method, spread);
        if (httponly === 'off' && !(cookie !== null && SCRIPT_READABLE.test(cookie))) {
          missing++;
          ctx.report(node, `${label} is set without \`httponly=True\`: scripts in the page (an XSS payload) can read it.`, { cwe: 1004 });
        }
        if (missing === 0) ctx.examined(node, secure === 'on' && httponly === 'on' ? 'Secure and HttpOnly set' : 'flags decided at run time');
      },
    };
  },
});

/**
 * The cookie's name: a string, null when it is a string whose text is not constant, undefined when the
 * call does not look like setting a named cookie.
 */
function cookieName(ctx: CheckContext, call: CallExpr): string | null | undefined {
  const key = argument(call, 0, 'key');
  if (!key) return undefined;
  const v = constOf(ctx, key);
  if (typeof v === 'string') return v;
  if (v !== undefined) return undefined;
  if (key.kind === 'template') return null;
  // A variable name: a cookie setter only if a value is passed too (cookiejar takes one Cookie object).
  return argument(call, 1, 'value') ? null : undefined;
}

function flag(ctx: CheckContext, call: CallExpr, name: 'secure' | 'httponly', method: string, spread: Map<string, Expr>): 'on' | 'off' | 'unknown' {
  const e: Expr | null = argument(call, method === 'set_cookie' ? POSITION[name] : null, name) ?? spread.get(name) ?? null;
  if (!e) return 'off';
  const v = constOf(ctx, e);
  if (v === undefined) return 'unknown';
  return v === true || (typeof v === 'number' && v !== 0) ? 'on' : 'off';
}

/**
 * The options passed by `**name` when every spread is a dict literal with constant keys, bound once
 * (`COOKIE_OPTS = {"httponly": True}`); undefined when some spread is not known (options set at run time).
 */
function spreadOptions(ctx: CheckContext, call: CallExpr): Map<string, Expr> | undefined {
  const out = new Map<string, Expr>();
  for (const a of call.args) {
    if (a.spread !== 'dict') continue;
    const d = a.value.kind === 'name' ? followName(ctx, a.value) : a.value;
    if (d.kind !== 'dict') return undefined;
    for (const entry of d.entries) {
      const k = entry.key ? ctx.constValue(entry.key) : undefined;
      if (typeof k !== 'string') return undefined;
      out.set(k, entry.value);
    }
  }
  return out;
}

/** Inside an `if` branch that a constant condition never takes (`if 3 > 5:`). */
function inDeadBranch(ctx: CheckContext): boolean {
  const chain = ctx.ancestors;
  for (let i = chain.length - 1; i > 0; i--) {
    const a = chain[i - 1]!;
    if (a.kind === 'function' || a.kind === 'lambda' || a.kind === 'class') return false;
    if (a.kind !== 'if') continue;
    const child = chain[i]!;
    const v = ctx.constValue(a.test);
    if (v === undefined) continue;
    const taken = v !== false && v !== 0 && v !== null && v !== '';
    if ((a.body as readonly unknown[]).includes(child) ? !taken : (a.orelse as readonly unknown[]).includes(child) && taken) return true;
  }
  return false;
}
