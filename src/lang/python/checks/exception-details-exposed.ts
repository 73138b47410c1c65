/**
 * ## What it does
 * In web request handlers, flags error paths that send exception details to
 * the client: `return str(e)`, `return {"error": str(e)}`,
 * `jsonify(error=repr(e))`, `Response(f"failed: {e}")`,
 * `HttpResponse(traceback.format_exc())`, `HTTPException(detail=str(e))`,
 * `flash(str(e))`, inside an `except ... as e` handler, or in an error
 * handler registered for all exceptions (`@app.errorhandler(Exception)`).
 *
 * ## Why is this bad?
 * Exception messages and tracebacks describe the inside of the application:
 * SQL statements and table names, file system paths, host names, library
 * versions, sometimes the data that failed to parse. Sent to the client, they
 * map the system for an attacker and turn blind injection into guided
 * injection.
 *
 * ## Precision
 * - Only functions that look like request handlers: decorated with a route
 *   (`@app.route`, `@router.get`, `@api_view`, `@view_config`, ...), taking
 *   `request` as first parameter (Django, aiohttp, Starlette), or methods of
 *   a View/APIView/MethodView/Resource/RequestHandler class.
 * - Only exceptions that carry internal detail: `Exception`,
 *   `BaseException`, bare `except`, database, OS, subprocess and HTTP-client
 *   errors. `except ValueError as e: return {"error": str(e)}, 400` is the
 *   usual way to return a validation message, and is not flagged.
 *   A traceback (`traceback.format_exc()`) in a response is always flagged.
 * - Only values that carry the message: `str(e)`, `repr(e)`, `format(e)`,
 *   `e` in an f-string or `%`/`.format()`, `e.args`, `e.message`,
 *   `e.strerror`, `e.stderr`/`e.output`. `type(e).__name__` or `e.code` are fine.
 * The leaf is CWE-209, which rolls up to CWE-664 (via 200 and 668), not 703.
 */
import { defineCheck } from '../../../analyze/check.js';
import type { ClassDef, Expr, FunctionDef, Node } from '../../../ir/types.js';
import { handlerTypeNames, qualifiedIn, shortText, walkLocal, within } from './_flow-paths.js';

const ROUTE_DECORATORS = new Set(['route', 'api_route', 'api_view', 'view_config', 'websocket', 'endpoint', 'expose']);
const VERB_DECORATORS = new Set(['get', 'post', 'put', 'delete', 'patch', 'head', 'options']);
const ERROR_HANDLER_DECORATORS = new Set(['errorhandler', 'app_errorhandler', 'exception_handler', 'register_error_handler']);
const VIEW_BASES = /(View|APIView|ViewSet|MethodView|Resource|RequestHandler|Endpoint|HTTPEndpoint)$/;
const HANDLER_METHODS = new Set(['get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'dispatch', 'list', 'create', 'retrieve', 'update', 'partial_update', 'destroy']);
const SINK_CALLS = new Set([
  'jsonify', 'make_response', 'Response', 'HttpResponse', 'JsonResponse', 'HttpResponseServerError',
  'HttpResponseBadRequest', 'JSONResponse', 'PlainTextResponse', 'HTMLResponse', 'json_response', 'abort',
  'HTTPException', 'InternalServerError', 'flash', 'render_template', 'render', 'write', 'finish', 'send_error',
  'render_to_response', 'TemplateResponse', 'error_response',
]);
const INTERNAL_ERRORS =
  /^(?:[\w.]*(?:Database|DB|Sql|SQL|Operational|Integrity|Programming|Interface|Internal|Data)Error|OSError|IOError|EnvironmentError|CalledProcessError|RuntimeError|ConnectionError|TimeoutError|RequestException|HTTPError|URLError|ClientError|BotoCoreError|SQLAlchemyError|PermissionError|FileNotFoundError)$/;
const DB_DRIVERS = /^(sqlite3|psycopg2?|pymysql|MySQLdb|mysql|cx_Oracle|oracledb|pymongo|redis|sqlalchemy|asyncpg|aiomysql)\b/;
const DETAIL_ATTRS = new Set(['args', 'message', 'msg', 'strerror', 'stderr', 'output', 'orig', 'filename', 'reason', 'detail', 'errors']);
const TRACEBACK_FUNCS = new Set(['traceback.format_exc', 'traceback.format_exception', 'traceback.format_tb', 'traceback.format_stack', 'traceback.extract_tb', 'sys.exc_info']);
const LOGGING_LEAF = /(^|_)(log|logger|debug|info|warning|warn|error|exception|critical|capture_exception)$/i;

function leafOf(e: Expr): string | null {
  if (e.kind === 'name') return e.id;
  if (e.kind === 'attribute') return e.attr;
  return null;
}

export default defineCheck({
  meta: {
    id: 'exception-details-exposed',
    title: 'Exception details returned to the client',
    cwe: 209,
    severity: 'medium',
    confidence: 'medium',
    languages: ['python'],
    description:
      'Request handlers whose error path puts an exception message or traceback (`str(e)`, `repr(e)`, `f"{e}"`, ' +
      '`traceback.format_exc()`) into the response, for exceptions that carry internal detail.',
    why:
      'Exception text describes internals: SQL and table names, file paths, hosts, library versions, fragments of ' +
      'data. Returned to the client it maps the system for an attacker and turns blind probing (for example blind ' +
      'SQL injection) into guided probing.',
    fix:
      'Log the exception on the server (`logger.exception(...)`) and return a generic message, optionally with a ' +
      'correlation id the user can quote to support.',
    example: {
      bad: '@app.route("/orders")\ndef orders():\n    try:\n        return jsonify(load_orders())\n    except Exception as e:\n        return jsonify(error=str(e)), 500',
      good: '@app.route("/orders")\ndef orders():\n    try:\n        return jsonify(load_orders())\n    except Exception:\n        app.logger.exception("loading orders failed")\n        return jsonify(error="internal error"), 500',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/209.html',
      'https://owasp.org/www-community/Improper_Error_Handling',
      'https://cheatsheetseries.owasp.org/cheatsheets/Error_Handling_Cheat_Sheet.html',
    ],
    evidence: { subject: 'request-handler error path', clean: 'none sends exception details to the client' },
  },
  create(ctx) {
    function requestHandler(fn: FunctionDef, ancestors: readonly Node[]): 'route' | 'error-handler' | null {
      for (const d of fn.decorators) {
        const callee = d.kind === 'call' ? d.callee : d;
        const leaf = leafOf(callee);
        if (!leaf) continue;
        if (ERROR_HANDLER_DECORATORS.has(leaf) && d.kind === 'call') {
          const arg = d.args[0]?.value;
          if (!arg) continue;
          const v = ctx.constValue(arg);
          const q = qualifiedIn(ctx, arg, null);
          if (v === 500 || q === 'Exception' || q === 'BaseException' || (q?.endsWith('InternalServerError') ?? false)) return 'error-handler';
          continue;
        }
        if (ROUTE_DECORATORS.has(leaf)) return 'route';
        if (VERB_DECORATORS.has(leaf) && d.kind === 'call' && callee.kind === 'attribute') return 'route';
      }
      const params = fn.params.filter((p) => p.name !== 'self' && p.name !== 'cls');
      if (params[0] && (params[0].name === 'request' || params[0].name === 'req')) return 'route';
      const owner = ancestors.at(-1);
      if (owner?.kind === 'class' && HANDLER_METHODS.has(fn.name) && isViewClass(owner)) return 'route';
      return null;
    }

    function isViewClass(c: ClassDef): boolean {
      return c.bases.some((b) => {
        const leaf = leafOf(b.value);
        return leaf !== null && VIEW_BASES.test(leaf);
      });
    }

    /** Exceptions whose message can carry internal detail. */
    function internalType(types: readonly string[]): boolean {
      return types.some((t) => {
        if (t === 'Exception' || t === 'BaseException') return true;
        if (DB_DRIVERS.test(t)) return true;
        const leaf = t.split('.').at(-1)!;
        return INTERNAL_ERRORS.test(leaf) || INTERNAL_ERRORS.test(t);
      });
    }

    /** The first expression inside `e` that carries the message of exception `exc` (or a traceback). */
    function detailIn(e: Expr, exc: string | null, fn: FunctionDef, tainted: ReadonlyMap<string, Detail> = new Map()): Detail | null {
      let found: Detail | null = null;
      const isExc = (x: Expr | undefined) => x !== undefined && exc !== null && x.kind === 'name' && x.id === exc;
      const visit = (n: Expr) => {
        if (found) return;
        switch (n.kind) {
          case 'call': {
            const q = qualifiedIn(ctx, n.callee, fn);
            if (q && TRACEBACK_FUNCS.has(q)) {
              found = { node: n, traceback: q !== 'sys.exc_info' };
              return;
            }
            const leaf = leafOf(n.callee);
            if ((q === 'str' || q === 'repr' || q === 'format' || q === 'unicode') && isExc(n.args[0]?.value)) {
              found = { node: n, traceback: false };
              return;
            }
            if (leaf === 'format' && n.callee.kind === 'attribute' && n.args.some((a) => isExc(a.value))) {
              found = { node: n, traceback: false };
              return;
            }
            // A logging call consumes the exception; what it returns is not the message.
            if (leaf && LOGGING_LEAF.test(leaf)) return;
            if (q === 'type' || q === 'len' || q === 'isinstance' || q === 'hash' || q === 'id') return;
            break;
          }
          case 'template':
            if (n.parts.some((p) => typeof p !== 'string' && (isExc(p) || isDetailAttr(p)))) {
              found = { node: n, traceback: false };
              return;
            }
            break;
          case 'binary':
            if (n.op === '%' && (isExc(n.right) || (n.right.kind === 'sequence' && n.right.elements.some(isExc)))) {
              found = { node: n, traceback: false };
              return;
            }
            break;
          case 'attribute':
            if (isDetailAttr(n)) {
              found = { node: n, traceback: false };
              return;
            }
            break;
          case 'name':
            if (tainted.has(n.id)) {
              found = tainted.get(n.id)!;
              return;
            }
            break;
          case 'lambda':
          case 'comprehension':
            return;
          default:
            break;
        }
        forEachExpr(n, visit);
      };
      const isDetailAttr = (x: Expr) => x.kind === 'attribute' && isExc(x.object) && DETAIL_ATTRS.has(x.attr);
      visit(e);
      return found;
    }

    function reportLeak(at: Node, detail: Detail, what: string) {
      const text = shortText(ctx.source, detail.node.range, 50);
      const body = detail.traceback ? 'a traceback' : 'the exception message';
      ctx.report(
        at,
        `\`${text}\` puts ${body} into ${what}; exception text reveals internals (queries, paths, hosts) to the client. ` +
          'Log it and return a generic message.',
        detail.traceback ? { confidence: 'high' } : {},
      );
    }

    /** Scans `body` for responses carrying details of exception `exc`. Returns true when one was reported. */
    function scan(roots: readonly Node[], exc: string | null, fn: FunctionDef, tracebackOnly: boolean): boolean {
      let leaked = false;
      const reported: Node[] = [];
      const e = tracebackOnly ? null : exc;
      // Locals that hold the message: `msg = str(e)`, then `body = {"error": msg}` (two rounds).
      const tainted = new Map<string, Detail>();
      for (let round = 0; round < 2; round++) {
        for (const root of roots) {
          walkLocal(root, (n) => {
            if (n.kind !== 'assign' || !n.value || n.targets.length !== 1 || n.targets[0]!.kind !== 'name') return;
            const d = detailIn(n.value, e, fn, tainted);
            if (d) tainted.set(n.targets[0]!.id, d);
          });
        }
      }
      for (const root of roots) walkLocal(root, (n) => {
        if (reported.some((r) => within(n, r))) return; // one finding per response
        if (n.kind === 'return' && n.value) {
          const d = detailIn(n.value, e, fn, tainted);
          if (d) {
            reportLeak(n, d, 'the response');
            reported.push(n);
            leaked = true;
          }
        } else if (n.kind === 'call') {
          const leaf = leafOf(n.callee);
          if (!leaf) return;
          const sink = SINK_CALLS.has(leaf) || /^HTTP\w*(Error|Exception)$/.test(leaf);
          if (!sink) return;
          // `self.write(...)` only in handler classes; `x.write` elsewhere is a file.
          if ((leaf === 'write' || leaf === 'finish' || leaf === 'send_error') && !(n.callee.kind === 'attribute' && n.callee.object.kind === 'name' && n.callee.object.id === 'self')) return;
          for (const a of n.args) {
            const d = detailIn(a.value, e, fn, tainted);
            if (d) {
              reportLeak(n, d, `\`${leaf}()\``);
              reported.push(n);
              leaked = true;
              return;
            }
          }
        }
      });
      return leaked;
    }

    return {
      function(fn) {
        const kind = requestHandler(fn, ctx.ancestors);
        if (!kind) return;
        if (kind === 'error-handler') {
          const params = fn.params.filter((p) => p.name !== 'self' && p.name !== 'cls');
          const excParam = params.length >= 2 && /^req/.test(params[0]!.name) ? params[1] : params[0];
          if (!excParam) return;
          if (!scan(fn.body, excParam.name, fn, false)) ctx.examined(fn, 'generic error response');
          return;
        }
        walkLocal(fn, (n) => {
          if (n.kind !== 'try') return;
          for (const h of n.handlers) {
            const types = handlerTypeNames(ctx, h.type, fn);
            const internal = internalType(types);
            const leaked = scan(h.body, h.name, fn, !internal);
            if (!leaked) ctx.examined(h, internal ? 'generic error response' : 'client-facing exception type');
          }
        });
      },
    };
  },
});

interface Detail {
  node: Expr;
  traceback: boolean;
}

function forEachExpr(n: Expr, visit: (e: Expr) => void): void {
  switch (n.kind) {
    case 'attribute':
      visit(n.object);
      return;
    case 'index':
      visit(n.object);
      visit(n.index);
      return;
    case 'call':
      visit(n.callee);
      for (const a of n.args) visit(a.value);
      return;
    case 'template':
      for (const p of n.parts) if (typeof p !== 'string') visit(p);
      return;
    case 'binary':
      visit(n.left);
      visit(n.right);
      return;
    case 'unary':
      visit(n.operand);
      return;
    case 'logical':
      n.values.forEach(visit);
      return;
    case 'conditional':
      visit(n.body);
      visit(n.orelse);
      return;
    case 'sequence':
      n.elements.forEach(visit);
      return;
    case 'dict':
      for (const e of n.entries) visit(e.value);
      return;
    case 'starred':
    case 'await':
      visit(n.value);
      return;
    default:
      return;
  }
}
