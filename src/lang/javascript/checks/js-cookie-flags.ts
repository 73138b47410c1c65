/**
 * ## What it does
 * Flags session and credential cookies set without `Secure` (CWE-614) or
 * without `HttpOnly` (CWE-1004), reading each library's defaults:
 * - Express `res.cookie(name, value, options)` and Fastify
 *   `reply.setCookie(...)`: both flags default to off, so a missing flag is
 *   reported;
 * - Koa `ctx.cookies.set(...)` and `cookie-session`: HttpOnly is on by
 *   default and Secure follows the connection, so only an explicit `false`
 *   is reported;
 * - `express-session`: HttpOnly is on by default, Secure off, so a missing
 *   `cookie.secure` is reported (`'auto'` is fine);
 * - a `Set-Cookie` header written by hand (`res.setHeader('Set-Cookie',
 *   ...)`) whose text lacks `Secure` or `HttpOnly`.
 * Both flags missing gives two findings on the line, one per CWE.
 *
 * ## Why is this bad?
 * Without `Secure` the browser also sends the cookie over plain HTTP, where a
 * network attacker reads it; without `HttpOnly` any script in the page (an
 * XSS payload) reads it from `document.cookie`.
 *
 * ## Precision
 * Only cookies named like a session or credential (`session`, `sid`,
 * `auth`, `token`, `jwt`, `remember_me`, `refresh_token`...) are judged; a
 * preference cookie (`theme`, `locale`) is recorded as examined, and so is a
 * cookie whose name is computed. Flags given as run-time values, and options
 * the check cannot see (a parameter), are not reported. CSRF double-submit
 * cookies must be readable by scripts: their missing HttpOnly is not
 * reported. Browser cookie libraries (`$.cookie`, `Cookies.set`) are left
 * alone: a page's script cannot set HttpOnly.
 */
import { type CheckContext, defineCheck } from '../../../analyze/check.js';
import { identifierWords, secretKind } from '../../../analyze/secret-names.js';
import type { CallExpr, DictExpr, Expr } from '../../../ir/types.js';
import { methodName, objectOf, option, optionConst, positional } from '../helpers/objects.js';

const CWE_SECURE = 614;
const CWE_HTTPONLY = 1004;
const SESSION_WORDS = new Set(['session', 'sess', 'sid', 'auth', 'jwt', 'refresh', 'remember', 'login', 'identity', 'sso', 'token', 'connect']);
const SCRIPT_READABLE = /^(csrf|xsrf|_csrf)/i;
const HEADER_SETTERS = new Set(['setHeader', 'header', 'set', 'append', 'writeHead']);
const BROWSER_RECEIVERS = new Set(['$', 'jQuery', 'Cookies', 'document']);

type Defaults = { secure: boolean; httpOnly: boolean };
const OFF: Defaults = { secure: false, httpOnly: false };
/** HttpOnly on; Secure follows the connection (treated as fine unless set false). */
const SAFE_DEFAULTS: Defaults = { secure: true, httpOnly: true };

export default defineCheck({
  meta: {
    id: 'js-cookie-flags',
    title: 'Session cookie without Secure or HttpOnly',
    cwe: CWE_SECURE,
    severity: 'medium',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description:
      'Session and credential cookies set through Express, Fastify, Koa, express-session, cookie-session or a ' +
      'hand-written `Set-Cookie` header without `Secure` (CWE-614) or `HttpOnly` (CWE-1004).',
    why:
      'A cookie without `Secure` is also sent over plain HTTP, where anyone on the network can read it; a cookie ' +
      'without `HttpOnly` can be read by any script in the page, so a single XSS steals the session.',
    fix: "Set both flags: `res.cookie('session', sid, { secure: true, httpOnly: true, sameSite: 'lax' })`; for express-session, `cookie: { secure: true }` (behind a proxy, `app.set('trust proxy', 1)`).",
    example: {
      bad: "res.cookie('session', sid);",
      good: "res.cookie('session', sid, { secure: true, httpOnly: true, sameSite: 'lax' });",
    },
    references: [
      'https://cwe.mitre.org/data/definitions/614.html',
      'https://cwe.mitre.org/data/definitions/1004.html',
      'https://expressjs.com/en/api.html#res.cookie',
      'https://github.com/expressjs/session#cookie',
    ],
    evidence: { subject: 'cookie set', clean: 'all session cookies set Secure and HttpOnly' },
  },
  create(ctx) {
    return {
      call(node) {
        const qname = ctx.qualifiedName(node.callee);
        if (qname === 'express-session') return sessionMiddleware(ctx, node, 'express-session');
        if (qname === 'cookie-session') return sessionMiddleware(ctx, node, 'cookie-session');
        const method = methodName(node);
        if (!method) return;
        const args = positional(node);
        // `$.cookie(...)` (jquery-cookie) runs in the browser, where HttpOnly cannot be set at all.
        if (node.callee.kind === 'attribute' && node.callee.object.kind === 'name' && BROWSER_RECEIVERS.has(node.callee.object.id)) return;
        if (method === 'cookie' || method === 'setCookie') return cookieCall(ctx, node, args, OFF);
        if (method === 'set' && node.callee.kind === 'attribute' && isCookiesObject(node.callee.object)) return cookieCall(ctx, node, args, SAFE_DEFAULTS);
        if (HEADER_SETTERS.has(method)) headerCall(ctx, node, args);
      },
    };
  },
});

function isCookiesObject(e: Expr): boolean {
  return (e.kind === 'attribute' && e.attr === 'cookies') || (e.kind === 'name' && e.id === 'cookies');
}

/** Whether a cookie name holds a session or credential. */
export function sensitiveCookie(name: string): boolean {
  if (secretKind(name, 'random') !== null) return true;
  return identifierWords(name).some((w) => SESSION_WORDS.has(w));
}

function cookieCall(ctx: CheckContext, call: CallExpr, args: Expr[], defaults: Defaults): void {
  if (args.length < 2) return;
  const name = ctx.constValue(args[0]!);
  if (typeof name !== 'string') {
    ctx.examined(call, 'cookie name computed at run time');
    return;
  }
  if (!sensitiveCookie(name)) {
    ctx.examined(call, `${name}: not a session or credential cookie`);
    return;
  }
  let opts: DictExpr | null = null;
  if (args[2]) {
    opts = objectOf(ctx, args[2]);
    if (!opts) {
      ctx.examined(call, 'options computed elsewhere');
      return;
    }
  }
  judge(ctx, call, `cookie \`${name}\``, opts, defaults, SCRIPT_READABLE.test(name));
}

/** Reports each flag that is off: explicitly false, or absent where the library's default is off. */
function judge(ctx: CheckContext, at: CallExpr, what: string, opts: DictExpr | null, defaults: Defaults, scriptReadable: boolean): void {
  const flag = (key: 'secure' | 'httpOnly'): 'on' | 'off' | 'unknown' => {
    if (!opts) return defaults[key] ? 'on' : 'off';
    const v = option(ctx, opts, key);
    if (v.state === 'absent') return defaults[key] ? 'on' : 'off';
    if (v.state === 'unknown') return 'unknown';
    const c = optionConst(ctx, opts, key);
    if (c === undefined) return 'unknown';
    if (key === 'secure' && c === 'auto') return 'on';
    return c ? 'on' : 'off';
  };
  const secure = flag('secure');
  const httpOnly = scriptReadable ? 'on' : flag('httpOnly');
  if (secure === 'off') ctx.report(at, `The ${what} is set without \`Secure\`: it is also sent over plain HTTP, where the network can read it.`, { cwe: CWE_SECURE });
  if (httpOnly === 'off') {
    ctx.report(at, `The ${what} is set without \`HttpOnly\`: any script in the page can read it.`, { cwe: CWE_HTTPONLY });
  }
  if (secure !== 'off' && httpOnly !== 'off') ctx.examined(at, secure === 'unknown' || httpOnly === 'unknown' ? 'flags set at run time' : 'Secure and HttpOnly');
}

function sessionMiddleware(ctx: CheckContext, call: CallExpr, lib: 'express-session' | 'cookie-session'): void {
  const arg = positional(call)[0];
  const opts = arg ? objectOf(ctx, arg) : null;
  if (arg && !opts) {
    ctx.examined(call, 'options computed elsewhere');
    return;
  }
  if (lib === 'cookie-session') {
    const name = opts ? optionConst(ctx, opts, 'name') : undefined;
    judge(ctx, call, `\`cookie-session\` cookie${typeof name === 'string' ? ` \`${name}\`` : ''}`, opts, SAFE_DEFAULTS, false);
    return;
  }
  // express-session: the cookie settings sit under `cookie`; HttpOnly defaults on, Secure off.
  const cookie = opts ? option(ctx, opts, 'cookie') : { state: 'absent' as const };
  if (cookie.state === 'unknown') {
    ctx.examined(call, 'cookie options computed elsewhere');
    return;
  }
  const cookieOpts = cookie.state === 'set' ? objectOf(ctx, cookie.value) : null;
  if (cookie.state === 'set' && !cookieOpts) {
    ctx.examined(call, 'cookie options computed elsewhere');
    return;
  }
  judge(ctx, call, '`express-session` cookie', cookieOpts, { secure: false, httpOnly: true }, false);
}

function headerCall(ctx: CheckContext, call: CallExpr, args: Expr[]): void {
  const method = methodName(call);
  let value: Expr | undefined;
  if (method === 'writeHead') {
    const headers = objectOf(ctx, args[1] ?? args[2]);
    if (!headers) return;
    for (const e of headers.entries) {
      const k = e.key ? ctx.constValue(e.key) : undefined;
      if (typeof k === 'string' && k.toLowerCase() === 'set-cookie') value = e.value;
    }
  } else {
    const header = args[0] ? ctx.constValue(args[0]) : undefined;
    if (typeof header !== 'string' || header.toLowerCase() !== 'set-cookie') return;
    value = args[1];
  }
  if (!value) return;
  const values = value.kind === 'sequence' ? value.elements : [value];
  for (const v of values) {
    const text = constantText(ctx, v);
    if (text === null) {
      ctx.examined(call, 'Set-Cookie built at run time');
      continue;
    }
    const name = text.split('=')[0]!.trim();
    if (!name || name.includes('\u0000') || !sensitiveCookie(name)) {
      ctx.examined(call, `${name || 'cookie'}: not a session or credential cookie`);
      continue;
    }
    const attrs = text.split(';').slice(1).map((a) => a.trim().toLowerCase());
    const secure = attrs.includes('secure');
    const httpOnly = attrs.includes('httponly') || SCRIPT_READABLE.test(name);
    if (!secure) ctx.report(call, `The \`Set-Cookie\` header for \`${name}\` has no \`Secure\` attribute: the cookie also travels over plain HTTP.`, { cwe: CWE_SECURE });
    if (!httpOnly) ctx.report(call, `The \`Set-Cookie\` header for \`${name}\` has no \`HttpOnly\` attribute: any script in the page can read it.`, { cwe: CWE_HTTPONLY });
    if (secure && httpOnly) ctx.examined(call, 'Secure and HttpOnly');
  }
}

/** The constant text of a string, with each run-time part as NUL: `session=${sid}; Path=/`. */
function constantText(ctx: CheckContext, e: Expr): string | null {
  const c = ctx.constValue(e);
  if (typeof c === 'string') return c;
  if (e.kind === 'template') return e.parts.map((p) => (typeof p === 'string' ? p : (constantText(ctx, p) ?? '\u0000'))).join('');
  if (e.kind === 'binary' && e.op === '+') {
    const l = constantText(ctx, e.left);
    const r = constantText(ctx, e.right);
    return (l ?? '\u0000') + (r ?? '\u0000');
  }
  return null;
}
