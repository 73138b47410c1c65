/**
 * ## What it does
 * Flags CORS policies that let any site make credentialed requests:
 * - `cors({ credentials: true, ... })` (Express `cors`, `@koa/cors`,
 *   `@fastify/cors` registered with `app.register(cors, options)`) whose
 *   `origin` is `'*'`, absent (the package default, `*`), `true` (reflect any
 *   origin), a function that accepts every origin (`(o, cb) => cb(null,
 *   true)`, `(ctx) => ctx.get('Origin')`), or a regular expression that is
 *   not anchored at both ends (`/example\.com/` also matches
 *   `example.com.evil.net`);
 * - `Access-Control-Allow-Origin` set by hand (one header at a time or as an
 *   object, `res.set({...})`) to `*` or to the request's `Origin` header, in a function that also sets
 *   `Access-Control-Allow-Credentials: true`, unless the header is set only
 *   under a condition that tests that origin (an allow-list check).
 *
 * ## Why is this bad?
 * With credentials allowed, a page on any site can call the API with the
 * visitor's cookies and read the answers: account data, CSRF tokens, or
 * anything the session can see.
 *
 * ## Precision
 * `origin: '*'` without credentials is a public API and is not reported;
 * nor are origin lists, fixed origins and anchored patterns. Options the
 * check cannot see (a parameter, a call) are recorded as examined.
 */
import { type CheckContext, defineCheck } from '../../../analyze/check.js';
import { constOf, followName } from '../../../analyze/local-value.js';
import type { CallExpr, DictExpr, Expr, FunctionDef, Node } from '../../../ir/types.js';
import { walkTree } from '../../../ir/walk.js';
import { enclosingAnyFunction } from '../helpers/names.js';
import { methodName, objectOf, option, positional } from '../helpers/objects.js';

const CORS_FACTORIES = new Set(['cors', '@koa/cors']);
const FASTIFY_CORS = '@fastify/cors';
const HEADER_SETTERS = new Set(['setHeader', 'header', 'set', 'append']);
const ACAO = 'access-control-allow-origin';
const ACAC = 'access-control-allow-credentials';

export default defineCheck({
  meta: {
    id: 'js-cors-wildcard-credentials',
    title: 'CORS allows any origin with credentials',
    cwe: 942,
    severity: 'high',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description:
      'CORS middleware (`cors`, `@koa/cors`, `@fastify/cors`) or hand-set headers that allow credentials for `*`, ' +
      'for every origin reflected back, or for an unanchored origin pattern.',
    why:
      "With credentials allowed for any origin, a page on any site can send requests carrying the visitor's cookies " +
      'and read the responses, so an attacker reads account data and CSRF tokens through the victim\'s browser.',
    fix:
      "List the trusted origins: `cors({ origin: ['https://app.example.com'], credentials: true })`, or check the " +
      'Origin header against an allow-list before echoing it (and send `Vary: Origin`).',
    example: {
      bad: 'app.use(cors({ origin: true, credentials: true }));',
      good: "app.use(cors({ origin: ['https://app.example.com'], credentials: true }));",
    },
    references: [
      'https://cwe.mitre.org/data/definitions/942.html',
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS#requests_with_credentials',
      'https://portswigger.net/web-security/cors',
    ],
    evidence: { subject: 'CORS policy', clean: 'none allows credentials from any origin' },
  },
  create(ctx) {
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (name && CORS_FACTORIES.has(name)) return corsOptions(ctx, node, positional(node)[0]);
        const method = methodName(node);
        if (method === 'register') {
          const [plugin, opts] = positional(node);
          if (plugin && ctx.qualifiedName(plugin) === FASTIFY_CORS) corsOptions(ctx, node, opts);
          return;
        }
        if (method && HEADER_SETTERS.has(method)) manualHeader(ctx, node);
      },
    };
  },
});

function corsOptions(ctx: CheckContext, at: CallExpr, arg: Expr | undefined): void {
  if (!arg) {
    ctx.examined(at, 'no credentials');
    return;
  }
  const opts = objectOf(ctx, arg);
  if (!opts) {
    ctx.examined(at, 'options computed elsewhere');
    return;
  }
  const creds = option(ctx, opts, 'credentials');
  if (creds.state !== 'set' || constOf(ctx, creds.value) !== true) {
    ctx.examined(at, 'no credentials');
    return;
  }
  const why = permissiveOrigin(ctx, opts);
  if (why) ctx.report(at, `CORS allows credentials for ${why}: any site can read responses sent with the visitor's cookies.`);
  else ctx.examined(at, 'credentials for listed origins');
}

/** Why the `origin` option admits every site, or null. */
function permissiveOrigin(ctx: CheckContext, opts: DictExpr): string | null {
  const origin = option(ctx, opts, 'origin');
  if (origin.state === 'unknown') return null;
  if (origin.state === 'absent') return 'every origin (`origin` defaults to `*`)';
  const value = followName(ctx, origin.value);
  const c = constOf(ctx, value);
  if (c === '*') return "`origin: '*'`";
  if (c === true) return 'every origin (`origin: true` reflects the request Origin)';
  if (value.kind === 'function' && acceptsAll(ctx, value)) return 'every origin (the origin function accepts all)';
  if (value.kind === 'call' && value.isNew && ctx.qualifiedName(value.callee) === 'RegExp') {
    const pattern = value.args[0] ? ctx.constValue(value.args[0].value) : undefined;
    if (typeof pattern === 'string' && !(pattern.startsWith('^') && pattern.endsWith('$'))) return `an unanchored origin pattern (\`/${pattern}/\`)`;
  }
  return null;
}

/** `(origin, cb) => cb(null, true)`, `(ctx) => ctx.get('Origin')`, `() => true`: no test on the origin. */
function acceptsAll(ctx: CheckContext, fn: FunctionDef): boolean {
  const stmts = fn.body;
  if (stmts.length !== 1) return false;
  const s = stmts[0]!;
  const e = s.kind === 'return' ? s.value : s.kind === 'expr' ? s.expr : null;
  if (!e) return false;
  if (constOf(ctx, e) === true) return true;
  if (isRequestOrigin(ctx, e)) return true;
  if (e.kind === 'call' && e.callee.kind === 'name' && fn.params[1]?.name === e.callee.id) {
    const granted = positional(e)[1];
    return granted !== undefined && (constOf(ctx, granted) === true || (fn.params[0] !== undefined && granted.kind === 'name' && granted.id === fn.params[0].name));
  }
  return false;
}

/** The request's Origin header: `req.headers.origin`, `headers['origin']`, `req.get('Origin')`, `ctx.get('origin')`, `request.headers.get('origin')`. */
function isRequestOrigin(ctx: CheckContext, e: Expr, depth = 0): boolean {
  const v = depth < 3 ? followName(ctx, e) : e;
  if (v !== e) return isRequestOrigin(ctx, v, depth + 1);
  if (e.kind === 'attribute') return e.attr.toLowerCase() === 'origin' && e.object.kind === 'attribute' && e.object.attr === 'headers';
  if (e.kind === 'call' && e.callee.kind === 'attribute' && ['get', 'header'].includes(e.callee.attr)) {
    const k = positional(e)[0];
    const name = k ? ctx.constValue(k) : undefined;
    return typeof name === 'string' && name.toLowerCase() === 'origin';
  }
  if (e.kind === 'logical') return e.values.some((x) => isRequestOrigin(ctx, x, depth + 1));
  return false;
}

function headerName(ctx: CheckContext, call: CallExpr): string | null {
  const k = positional(call)[0];
  const v = k ? ctx.constValue(k) : undefined;
  return typeof v === 'string' ? v.toLowerCase() : null;
}

/** `res.set({ 'Access-Control-Allow-Origin': ..., ... })`: the headers as one object. */
function headerObject(ctx: CheckContext, call: CallExpr): DictExpr | null {
  const first = positional(call)[0];
  return first && positional(call).length === 1 ? objectOf(ctx, first) : null;
}

function headerValue(ctx: CheckContext, call: CallExpr, header: string): Expr | undefined {
  if (headerName(ctx, call) === header) return positional(call)[1];
  const obj = headerObject(ctx, call);
  if (!obj) return undefined;
  for (const e of obj.entries) {
    const k = e.key ? ctx.constValue(e.key) : undefined;
    if (typeof k === 'string' && k.toLowerCase() === header) return e.value;
  }
  return undefined;
}

function manualHeader(ctx: CheckContext, call: CallExpr): void {
  const value = headerValue(ctx, call, ACAO);
  if (!value) return;
  const wildcard = constOf(ctx, value) === '*' || (value.kind === 'logical' && value.values.some((x) => constOf(ctx, x) === '*'));
  const reflected = isRequestOrigin(ctx, value);
  if (!wildcard && !reflected) {
    ctx.examined(call, 'fixed origin');
    return;
  }
  const fn = enclosingAnyFunction(ctx);
  if (!fn || !allowsCredentials(ctx, fn)) {
    ctx.examined(call, 'no credentials');
    return;
  }
  if (reflected && guardedByOriginTest(ctx, value)) {
    ctx.examined(call, 'origin checked first');
    return;
  }
  ctx.report(call, `\`Access-Control-Allow-Origin\` is ${reflected ? 'the request\'s own Origin' : '`*`'} while credentials are allowed: any site can read responses sent with the visitor's cookies.`);
}

function allowsCredentials(ctx: CheckContext, fn: FunctionDef): boolean {
  let found = false;
  for (const s of fn.body) {
    walkTree(s as Node, (n) => {
      if (n.kind !== 'call' || !HEADER_SETTERS.has(methodName(n) ?? '')) return;
      const v = headerValue(ctx, n, ACAC);
      const c = v ? constOf(ctx, v) : undefined;
      if (c === true || c === 'true') found = true;
    });
  }
  return found;
}

/** The header is set inside an `if` whose condition reads the origin value (an allow-list test). */
function guardedByOriginTest(ctx: CheckContext, value: Expr): boolean {
  const names = new Set<string>();
  if (value.kind === 'name') names.add(value.id);
  for (const a of ctx.ancestors) {
    if (a.kind !== 'if') continue;
    let reads = false;
    walkTree(a.test as Node, (n) => {
      if ((n.kind === 'name' && names.has(n.id)) || (n.kind !== 'name' && isRequestOrigin(ctx, n as Expr))) reads = true;
    });
    if (reads) return true;
  }
  return false;
}
