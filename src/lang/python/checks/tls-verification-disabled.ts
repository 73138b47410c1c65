/**
 * ## What it does
 * Flags code that turns off TLS certificate or host name verification:
 * - `verify=False` on `requests` calls, on methods of a `requests.Session`
 *   (or `session.verify = False`), on `httpx` calls, clients and transports;
 * - `ssl=False` / `verify_ssl=False` on `aiohttp.TCPConnector` and on
 *   `aiohttp.ClientSession` requests;
 * - `cert_reqs=ssl.CERT_NONE` (or `"CERT_NONE"` for urllib3) on any call
 *   except a server-side `wrap_socket(server_side=True)`;
 * - `ssl._create_unverified_context` (called, or installed as
 *   `ssl._create_default_https_context`);
 * - `<context>.verify_mode = ssl.CERT_NONE` and `<context>.check_hostname = False`;
 * - pyOpenSSL `context.set_verify(SSL.VERIFY_NONE, ...)`.
 *
 * ## Why is this bad?
 * Without certificate validation anyone on the network path can present their
 * own certificate and read or alter the traffic (man in the middle), including
 * credentials and tokens sent over the connection.
 *
 * ## Precision
 * Only constant values count (`verify=False`, `verify=0`, a name bound once to
 * `False`); `verify=settings.VERIFY` is not judged. Session methods are flagged
 * only when the receiver is known to be a session (`s = requests.Session()`,
 * `with requests.Session() as s`). `urllib3.disable_warnings()` only hides the
 * warning and is not itself reported. `check_hostname = False` alone keeps
 * certificate validation but accepts any host's valid certificate: it is
 * reported as CWE-297, only on a context known to be a client context
 * (`ssl.create_default_context()`, `ssl.SSLContext(...)` bound once), not
 * inside an `if` that tests a host name or verification setting (libraries
 * that match host names themselves or honour a caller's choice), and not when
 * the same context also gets `verify_mode = CERT_NONE` (one finding for one
 * weakening). `verify_mode = CERT_NONE` on a server context
 * (`PROTOCOL_TLS_SERVER`, `Purpose.CLIENT_AUTH`) only means client
 * certificates are not requested and is not reported; on a context of unknown
 * origin it is reported with medium confidence.
 */
import { argument, defineCheck } from '../../../analyze/check.js';
import type { Scope } from '../../../analyze/scope.js';
import type { CallExpr, Expr, Range } from '../../../ir/types.js';
import { someNode, dottedName } from '../../../ir/walk.js';
import { constOf, isMadeBy, originCall } from './_local-value-util.js';

const HTTP_VERBS = ['get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'request'];

const REQUESTS_FUNCS = new Set(HTTP_VERBS.flatMap((v) => [`requests.${v}`, `requests.api.${v}`]));
const REQUESTS_SESSIONS = new Set(['requests.Session', 'requests.session', 'requests.sessions.Session', 'requests.sessions.session']);
const SESSION_METHODS = new Set([...HTTP_VERBS, 'send']);

const HTTPX_VERIFY = new Set([
  ...[...HTTP_VERBS, 'stream'].map((v) => `httpx.${v}`),
  'httpx.Client',
  'httpx.AsyncClient',
  'httpx.HTTPTransport',
  'httpx.AsyncHTTPTransport',
]);

const AIOHTTP_SESSIONS = new Set(['aiohttp.ClientSession', 'aiohttp.client.ClientSession']);
const AIOHTTP_CONNECTORS = new Set(['aiohttp.TCPConnector', 'aiohttp.connector.TCPConnector']);

const UNVERIFIED = new Set(['ssl._create_unverified_context']);

export default defineCheck({
  meta: {
    id: 'tls-verification-disabled',
    title: 'TLS certificate verification turned off',
    cwe: 295,
    severity: 'high',
    confidence: 'high',
    languages: ['python'],
    description:
      'HTTP clients and SSL contexts configured not to verify the server certificate or host name: `verify=False` ' +
      '(requests, httpx), `ssl=False` (aiohttp), `cert_reqs=CERT_NONE`, `ssl._create_unverified_context`, ' +
      '`verify_mode = CERT_NONE`, `check_hostname = False`, pyOpenSSL `VERIFY_NONE`.',
    why:
      'Without certificate validation any machine on the network path can impersonate the server, read the traffic ' +
      'and change it (man in the middle), including credentials and session tokens.',
    fix:
      'Keep verification on. For a private certificate authority pass its bundle instead: `verify="/path/ca.pem"` ' +
      '(requests, httpx) or `ssl.create_default_context(cafile="/path/ca.pem")`.',
    example: {
      bad: 'import requests\nresp = requests.get(url, verify=False)',
      good: 'import requests\nresp = requests.get(url, verify="/etc/ssl/internal-ca.pem")',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/295.html',
      'https://cwe.mitre.org/data/definitions/297.html',
      'https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification',
      'https://docs.python.org/3/library/ssl.html#security-considerations',
    ],
    evidence: { subject: 'TLS client setup', clean: 'none turns off certificate verification' },
    aliases: { bandit: ['B323', 'B501'], ruff: ['S323', 'S501'] },
  },
  create(ctx) {
    const isOff = (e: Expr | null): boolean => {
      if (!e) return false;
      const v = constOf(ctx, e);
      return v === false || v === 0;
    };
    const isCertNone = (e: Expr | null, allowString: boolean): boolean => {
      if (!e) return false;
      if (ctx.qualifiedName(e) === 'ssl.CERT_NONE') return true;
      const v = constOf(ctx, e);
      return allowString && (v === 'CERT_NONE' || v === 'NONE');
    };
    /** Examined-or-reported for a keyword that disables verification when constant false. */
    const judgeKeyword = (node: CallExpr, kws: readonly string[], what: string) => {
      for (const kw of kws) {
        const val = argument(node, null, kw);
        if (!val) continue;
        if (isOff(val)) {
          ctx.report(node, `\`${kw}=False\` on ${what} turns off certificate verification: anyone on the path can impersonate the server.`);
          return;
        }
        const v = constOf(ctx, val);
        if (v !== undefined) ctx.examined(node, `explicit ${kw}=`);
        return;
      }
      if (node.args.some((a) => a.spread === 'dict')) return;
      ctx.examined(node, 'default verification');
    };

    /**
     * Which side a context object is known to serve: 'client' for `ssl.create_default_context()` (server
     * authentication purpose) or `SSLContext(...)` other than PROTOCOL_TLS_SERVER; 'server' for
     * `create_default_context(Purpose.CLIENT_AUTH)` or `SSLContext(PROTOCOL_TLS_SERVER)`; null when unknown.
     */
    const contextSide = (obj: Expr): 'client' | 'server' | null => {
      const o = originCall(ctx, obj);
      if (!o || o.qname === null) return null;
      const arg0 = (pos: number, kw: string) => {
        const e = argument(o.call, pos, kw);
        return e ? ctx.scopes.qualifiedName(e, o.scope) : null;
      };
      if (o.qname === 'ssl.create_default_context') return arg0(0, 'purpose') === 'ssl.Purpose.CLIENT_AUTH' ? 'server' : 'client';
      if (o.qname === 'ssl.SSLContext') return arg0(0, 'protocol') === 'ssl.PROTOCOL_TLS_SERVER' ? 'server' : 'client';
      return null;
    };
    /** Inside an `if` that tests a host name or verification setting: a configurable choice, not a hard-coded one. */
    const configurable = (): boolean =>
      ctx.ancestors.some(
        (a) =>
          a.kind === 'if' &&
          someNode(a.test, (n) => {
            const id = n.kind === 'name' ? n.id : n.kind === 'attribute' ? n.attr : null;
            return id !== null && /hostname|verify|cert_reqs|CERT_(REQUIRED|NONE|OPTIONAL)/i.test(id);
          }),
      );

    // check_hostname=False sites, reported at the end unless the same object also got CERT_NONE.
    const hostnameOff: Array<{ scope: Scope; key: string | null; at: { range: Range } }> = [];
    const certNone = new Map<Scope, Set<string>>();

    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (name && UNVERIFIED.has(name)) {
          ctx.report(node, '`ssl._create_unverified_context()` makes a context that accepts any certificate for any host.');
          return;
        }
        const certReqs = argument(node, null, 'cert_reqs');
        const serverSide = argument(node, null, 'server_side');
        if (isCertNone(certReqs, name?.startsWith('urllib3.') ?? false) && !(serverSide && constOf(ctx, serverSide) === true)) {
          ctx.report(node, '`cert_reqs=CERT_NONE` accepts any certificate: anyone on the path can impersonate the server.');
          return;
        }
        if (name && REQUESTS_FUNCS.has(name)) return judgeKeyword(node, ['verify'], `\`${name}()\``);
        if (name && HTTPX_VERIFY.has(name)) return judgeKeyword(node, ['verify'], `\`${name}()\``);
        if (name && AIOHTTP_CONNECTORS.has(name)) return judgeKeyword(node, ['ssl', 'verify_ssl'], '`aiohttp.TCPConnector`');
        if (node.callee.kind === 'attribute') {
          const method = node.callee.attr;
          const recv = node.callee.object;
          if (method === 'set_verify') {
            const mode = argument(node, 0, 'mode');
            if (mode && ctx.qualifiedName(mode) === 'OpenSSL.SSL.VERIFY_NONE') {
              ctx.report(node, '`set_verify(VERIFY_NONE)` makes the pyOpenSSL context accept any peer certificate.');
            }
            return;
          }
          if (SESSION_METHODS.has(method) && isMadeBy(ctx, recv, REQUESTS_SESSIONS)) {
            return judgeKeyword(node, ['verify'], `a requests session's \`${method}()\``);
          }
          if ((HTTP_VERBS.includes(method) || method === 'ws_connect') && isMadeBy(ctx, recv, AIOHTTP_SESSIONS)) {
            return judgeKeyword(node, ['ssl', 'verify_ssl'], `an aiohttp session's \`${method}()\``);
          }
        }
      },
      assign(node) {
        if (!node.value || node.op !== null) return;
        const value = node.value;
        const valueName = value.kind === 'name' || value.kind === 'attribute' ? ctx.qualifiedName(value) : null;
        if (valueName && UNVERIFIED.has(valueName)) {
          ctx.report(node, '`ssl._create_unverified_context` installed as a context factory: HTTPS connections made with it accept any certificate.');
          return;
        }
        for (const t of node.targets) {
          if (t.kind !== 'attribute') continue;
          const key = dottedName(t.object);
          if (t.attr === 'verify_mode' && isCertNone(value, false)) {
            const side = contextSide(t.object);
            if (side === 'server') {
              ctx.examined(node, 'server context (client certificates optional)');
              continue;
            }
            ctx.report(
              node,
              '`verify_mode = ssl.CERT_NONE` makes this context accept any certificate.',
              side === 'client' ? {} : { confidence: 'medium' },
            );
            if (key !== null) {
              let set = certNone.get(ctx.scope);
              if (!set) {
            set = new Set();
            certNone.set(ctx.scope, set);
          }
              set.add(key);
            }
          } else if (t.attr === 'check_hostname' && isOff(value)) {
            if (contextSide(t.object) !== 'client') continue;
            if (configurable()) {
              ctx.examined(node, 'host name check off under a condition');
              continue;
            }
            hostnameOff.push({ scope: ctx.scope, key, at: node });
          } else if (t.attr === 'verify' && isOff(value) && isMadeBy(ctx, t.object, REQUESTS_SESSIONS)) {
            ctx.report(node, '`session.verify = False` turns off certificate verification for every request of this session.');
          }
        }
      },
      'module:exit'() {
        for (const h of hostnameOff) {
          if (h.key !== null && certNone.get(h.scope)?.has(h.key)) continue;
          ctx.report(h.at, '`check_hostname = False` accepts a valid certificate issued for any other host name.', { cwe: 297 });
        }
      },
    };
  },
});
