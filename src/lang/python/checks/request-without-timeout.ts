/**
 * ## What it does
 * Flags outbound HTTP calls that can wait forever:
 * - `requests.get/post/put/delete/patch/head/options/request` and the same
 *   methods of a known `requests.Session` without `timeout=` or with
 *   `timeout=None` (requests has no default timeout);
 * - `urllib.request.urlopen(url)` without a timeout (it falls back to the
 *   global socket default, which is "none");
 * - `httpx` functions and clients with an explicit `timeout=None` (httpx
 *   defaults to 5 seconds, so only an explicit `None` removes the limit).
 *
 * ## Why is this bad?
 * A server that accepts the connection and never answers (or answers one byte
 * a minute) pins the calling thread or worker forever. A few such requests
 * exhaust a worker pool: a denial of service any slow or hostile endpoint can
 * trigger.
 *
 * ## Precision
 * A call with `**kwargs` may carry a timeout and is only recorded as examined.
 * Session methods are judged only when the receiver is known to be a
 * `requests.Session()` (assigned once or bound by `with`); a session-wide
 * timeout set through a transport adapter is not seen, so those are reported
 * with medium confidence.
 */
import { argument, defineCheck } from '../../../analyze/check.js';
import type { CallExpr } from '../../../ir/types.js';
import { constOf, isMadeBy } from './_local-value-util.js';

const VERBS = ['get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'request'];
const REQUESTS_FUNCS = new Set(VERBS.flatMap((v) => [`requests.${v}`, `requests.api.${v}`]));
const REQUESTS_SESSIONS = new Set(['requests.Session', 'requests.session', 'requests.sessions.Session', 'requests.sessions.session']);
const HTTPX = new Set([...[...VERBS, 'stream'].map((v) => `httpx.${v}`), 'httpx.Client', 'httpx.AsyncClient']);
const URLOPEN = new Set(['urllib.request.urlopen', 'urllib2.urlopen']);

export default defineCheck({
  meta: {
    id: 'request-without-timeout',
    title: 'HTTP request without a timeout',
    cwe: 1088,
    severity: 'medium',
    confidence: 'high',
    languages: ['python'],
    description:
      '`requests` calls (module functions and session methods) and `urllib.request.urlopen` without a timeout, and ' +
      '`httpx` calls or clients with `timeout=None`.',
    why:
      'Without a timeout a request to a server that stops responding blocks the calling thread forever. Slow or ' +
      'hostile endpoints can tie up every worker and take the service down.',
    fix:
      'Always pass a timeout, e.g. `requests.get(url, timeout=(3.05, 30))` (connect, read), ' +
      '`urlopen(url, timeout=10)`; with httpx keep the default or give a finite `httpx.Timeout`.',
    example: {
      bad: 'import requests\nresp = requests.get(url)',
      good: 'import requests\nresp = requests.get(url, timeout=10)',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/1088.html',
      'https://requests.readthedocs.io/en/latest/user/advanced/#timeouts',
      'https://www.python-httpx.org/advanced/timeouts/',
      'https://docs.python.org/3/library/urllib.request.html#urllib.request.urlopen',
    ],
    evidence: { subject: 'outbound HTTP call', clean: 'each has a finite timeout' },
    aliases: { bandit: ['B113'], ruff: ['S113'] },
  },
  create(ctx) {
    /** Judges `timeout`; `missingIsBad` for libraries without a default. */
    const judge = (node: CallExpr, label: string, missingIsBad: boolean, timeoutPos: number | null, confidence?: 'medium') => {
      const timeout = argument(node, timeoutPos, 'timeout');
      const opts = confidence ? { confidence } : {};
      if (!timeout) {
        if (node.args.some((a) => a.spread === 'dict')) {
          ctx.examined(node, 'timeout may come from **kwargs');
        } else if (missingIsBad) {
          ctx.report(node, `${label} has no timeout: if the server stops answering, this call blocks forever.`, opts);
        } else {
          ctx.examined(node, 'library default timeout');
        }
        return;
      }
      const v = constOf(ctx, timeout);
      if (v === null && timeout.kind === 'literal') {
        ctx.report(node, `${label} with \`timeout=None\` waits forever for a server that stops answering.`, opts);
      } else if (v === null) {
        ctx.report(node, `${label} gets a timeout of None: it waits forever for a server that stops answering.`, opts);
      } else {
        ctx.examined(node, v === undefined ? 'timeout set at run time' : 'explicit timeout');
      }
    };
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (name && REQUESTS_FUNCS.has(name)) return judge(node, `\`${name}()\``, true, null);
        if (name && URLOPEN.has(name)) return judge(node, `\`${name}()\``, true, 2);
        if (name && HTTPX.has(name)) return judge(node, `\`${name}()\``, false, null);
        if (node.callee.kind === 'attribute' && VERBS.includes(node.callee.attr) && isMadeBy(ctx, node.callee.object, REQUESTS_SESSIONS)) {
          judge(node, `\`session.${node.callee.attr}()\``, true, null, 'medium');
        }
      },
    };
  },
});
