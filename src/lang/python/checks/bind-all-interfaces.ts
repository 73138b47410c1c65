/**
 * ## What it does
 * Flags sockets and servers told to listen on every network interface with a
 * constant wildcard address (`"0.0.0.0"`, `""`, `"::"`):
 * - `<socket>.bind(("0.0.0.0", port))` and `socket.create_server(("", port))`;
 * - stdlib servers built from an address tuple: `socketserver.TCPServer`,
 *   `UDPServer` and their threading/forking variants, `http.server.HTTPServer`,
 *   `ThreadingHTTPServer`, `xmlrpc.server.SimpleXMLRPCServer`,
 *   `wsgiref.simple_server.make_server("", 8000, app)`;
 * - web servers: Flask `app.run(host="0.0.0.0")` (when `app` is a `Flask(...)`),
 *   `uvicorn.run`/`uvicorn.Config`, `waitress.serve` (`host=` or `listen=`),
 *   `aiohttp.web.run_app`, `werkzeug.serving.run_simple`, `asyncio.start_server`,
 *   `gevent.pywsgi.WSGIServer`.
 *
 * ## Why is this bad?
 * A service bound to all interfaces is reachable from every network the host
 * is attached to, not only the one it was meant for: a debug server, an admin
 * port or an internal API becomes reachable from the LAN or the internet.
 *
 * ## Precision
 * Only constant addresses count (a literal, a module constant, a name bound
 * once to one); an address read from configuration is not judged. The default
 * host of a library is not reported either (aiohttp's `run_app` defaults to all
 * interfaces, Flask to 127.0.0.1). In a container this is usually intended,
 * since the published port decides the exposure, so the severity is medium and
 * the message says so; a wildcard bind to port 0 (an ephemeral port, typical
 * of client sockets and FTP data channels) is reported with low confidence.
 */
import { argument, defineCheck } from '../../../analyze/check.js';
import type { CallExpr, Expr } from '../../../ir/types.js';
import { constOf, followName, isMadeBy } from './_local-value-util.js';

const WILDCARDS = new Set(['0.0.0.0', '', '::', '::0', '0:0:0:0:0:0:0:0', '*']);

/** Servers whose first argument is a `(host, port)` address tuple. */
const ADDRESS_SERVERS = new Set([
  'socket.create_server',
  'socketserver.TCPServer',
  'socketserver.UDPServer',
  'socketserver.ThreadingTCPServer',
  'socketserver.ThreadingUDPServer',
  'socketserver.ForkingTCPServer',
  'socketserver.ForkingUDPServer',
  'http.server.HTTPServer',
  'http.server.ThreadingHTTPServer',
  'xmlrpc.server.SimpleXMLRPCServer',
  'xmlrpc.server.DocXMLRPCServer',
  'wsgiref.simple_server.WSGIServer',
  'gevent.pywsgi.WSGIServer',
  'gevent.server.StreamServer',
]);

/** Servers taking the host as its own argument: [position or null, keyword]. */
const HOST_ARGS: Record<string, readonly [number | null, string]> = {
  'wsgiref.simple_server.make_server': [0, 'host'],
  'werkzeug.serving.run_simple': [0, 'hostname'],
  'werkzeug.run_simple': [0, 'hostname'],
  'uvicorn.run': [null, 'host'],
  'uvicorn.Config': [null, 'host'],
  'waitress.serve': [null, 'host'],
  'aiohttp.web.run_app': [null, 'host'],
  'asyncio.start_server': [1, 'host'],
};

const FLASK = new Set(['flask.Flask', 'flask.app.Flask']);

export default defineCheck({
  meta: {
    id: 'bind-all-interfaces',
    title: 'Server listens on all network interfaces',
    cwe: 1327,
    severity: 'medium',
    confidence: 'medium',
    languages: ['python'],
    description:
      'Sockets and servers bound to a constant wildcard address (`"0.0.0.0"`, `""`, `"::"`): `socket.bind`, stdlib ' +
      'socket/HTTP servers, Flask `app.run(host=...)`, uvicorn, waitress, aiohttp, werkzeug, gevent.',
    why:
      'A wildcard bind exposes the service on every network the machine is attached to. An internal API, admin or ' +
      'development server becomes reachable from other hosts. This is often intended inside a container, where the ' +
      'published port decides exposure; elsewhere it widens the attack surface.',
    fix:
      'Bind to `127.0.0.1` (or `::1`) for local-only services, or to the address of the one interface that should ' +
      'serve. Read the address from configuration so each deployment chooses it deliberately.',
    example: {
      bad: 'app.run(host="0.0.0.0", port=8000)',
      good: 'app.run(host=os.environ.get("BIND_ADDRESS", "127.0.0.1"), port=8000)',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/1327.html',
      'https://docs.python.org/3/library/socket.html#socket-families',
      'https://flask.palletsprojects.com/en/stable/api/#flask.Flask.run',
    ],
    evidence: { subject: 'listening address', clean: 'none is a constant wildcard address' },
    aliases: { bandit: ['B104'], ruff: ['S104'] },
  },
  create(ctx) {
    const wildcard = (e: Expr | null): string | null => {
      if (!e) return null;
      const v = constOf(ctx, e);
      return typeof v === 'string' && WILDCARDS.has(v) ? v : null;
    };
    /**
     * Judges an address `(host, port, ...)`, or `"host:port"` when `strings` is set: `wild` is the
     * wildcard host or null; `known` says whether the host is a constant at all.
     */
    const judgeAddress = (addr: Expr | null, strings = false): { wild: string | null; known: boolean; ephemeral?: boolean } => {
      if (!addr) return { wild: null, known: false };
      const e = followName(ctx, addr);
      if (e.kind === 'sequence' && e.type === 'tuple' && e.elements.length >= 2) {
        const host = e.elements[0]!;
        const v = constOf(ctx, host);
        if (typeof v !== 'string') return { wild: null, known: false };
        return { wild: WILDCARDS.has(v) ? v : null, known: true, ephemeral: constOf(ctx, e.elements[1]!) === 0 };
      }
      const v = constOf(ctx, e);
      if (strings && typeof v === 'string' && /:\d+$/.test(v)) {
        const host = v.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
        return { wild: WILDCARDS.has(host) ? host : null, known: true };
      }
      return { wild: null, known: false };
    };
    const report = (node: CallExpr, what: string, host: string, ephemeral = false) => {
      const shown = host === '' ? '"" (all interfaces)' : `"${host}"`;
      ctx.report(
        node,
        `${what} listens on ${shown}, every network interface of the machine. Intended in a container whose published ` +
          'port limits exposure; otherwise bind to 127.0.0.1 or one specific interface.',
        // Port 0 is an ephemeral port, typical of client sockets and FTP data channels: less likely a service.
        ephemeral ? { confidence: 'low' } : {},
      );
    };

    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (name && ADDRESS_SERVERS.has(name)) {
          const addr = argument(node, 0, name.startsWith('socket.') ? 'address' : 'server_address') ?? argument(node, null, 'listener');
          const r = judgeAddress(addr, name.startsWith('gevent.'));
          if (r.wild !== null) report(node, `\`${name}\``, r.wild, r.ephemeral);
          else if (r.known) ctx.examined(node, 'specific address');
          return;
        }
        const hostArg = name ? HOST_ARGS[name] : undefined;
        if (name && hostArg) {
          const host = argument(node, hostArg[0], hostArg[1]);
          const wild = wildcard(host);
          if (wild !== null) return report(node, `\`${name}\``, wild);
          if (name === 'waitress.serve') {
            const r = judgeAddress(argument(node, null, 'listen'), true);
            if (r.wild !== null) return report(node, '`waitress.serve`', r.wild);
          }
          if (host && typeof constOf(ctx, host) === 'string') ctx.examined(node, 'specific address');
          return;
        }
        if (node.callee.kind !== 'attribute') return;
        const { attr, object } = node.callee;
        if (attr === 'bind' && node.args.length === 1) {
          const r = judgeAddress(argument(node, 0));
          if (r.wild !== null) report(node, 'This socket', r.wild, r.ephemeral);
          else if (r.known) ctx.examined(node, 'specific address');
          return;
        }
        if (attr === 'run' && isMadeBy(ctx, object, FLASK)) {
          const host = argument(node, 0, 'host');
          const wild = wildcard(host);
          if (wild !== null) return report(node, 'This Flask app', wild);
          if (!host && !node.args.some((a) => a.spread === 'dict')) ctx.examined(node, 'Flask default host 127.0.0.1');
          else if (host && typeof constOf(ctx, host) === 'string') ctx.examined(node, 'specific address');
        }
      },
    };
  },
});
