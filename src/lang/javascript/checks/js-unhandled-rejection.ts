/**
 * ## What it does
 * Flags promises rejected inside a request handler that nothing handles:
 * - an `async` Express handler (`app.get(path, async (req, res) => ...)`,
 *   `router.post(...)`, `app.use(async ...)`) with an `await` or `throw`
 *   outside any `try`/`catch`, in an app that registers no error-handling
 *   middleware (a function of four parameters given to `use`) and does not
 *   load `express-async-errors`;
 * - a promise chain in any Express, Koa or Fastify handler that is left
 *   floating: `db.save(doc).then(...)` as a statement, with no `.catch(...)`
 *   and no rejection callback.
 *
 * ## Why is this bad?
 * Express 4 does not look at the promise a handler returns: when it
 * rejects, the request never gets an answer and Node reports an unhandled
 * rejection, which since Node 15 terminates the process. A client who can
 * make the awaited call fail (a malformed id, a missing record) takes the
 * server down: denial of service.
 *
 * ## Precision
 * CWE-755 (improper handling of exceptional conditions, under CWE-703): the
 * exception is raised and not handled, rather than not checked for. Awaits
 * inside a `try` with a `catch` are handled. Handlers wrapped in a helper
 * (`asyncHandler(async (req, res) => ...)`) are passed on, not registered
 * bare, and are not reported. Koa, Fastify and Next.js await their handlers
 * and turn rejections into error responses, so their `async` handlers are
 * fine; only floating chains are reported there. An app with error
 * middleware is taken to forward rejections (as Express 5 does).
 */
import { defineCheck } from '../../../analyze/check.js';
import type { FunctionDef, Module, Node, Stmt } from '../../../ir/types.js';
import { forEachChild, walkTree } from '../../../ir/walk.js';

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'use', 'options', 'head', 'route']);
const WEB_MODULES = new Set(['express', 'koa', '@koa/router', 'koa-router', 'fastify']);
const PATCHERS = new Set(['express-async-errors', '@root/async-errors', 'express-promise-router']);

interface ModuleFacts {
  express: boolean;
  web: boolean;
  patched: boolean;
  errorMiddleware: boolean;
}

const factsCache = new WeakMap<Module, ModuleFacts>();

function factsOf(module: Module): ModuleFacts {
  let f = factsCache.get(module);
  if (f) return f;
  const facts: ModuleFacts = { express: false, web: false, patched: false, errorMiddleware: false };
  for (const s of module.body) {
    walkTree(s as Node, (n) => {
      if (n.kind === 'import') {
        const mods = n.from !== null ? [n.from] : n.names.map((x) => x.name);
        for (const m of mods) {
          if (m === 'express') facts.express = true;
          if (WEB_MODULES.has(m)) facts.web = true;
          if (PATCHERS.has(m)) facts.patched = true;
        }
      }
      if (n.kind === 'call' && n.callee.kind === 'attribute' && n.callee.attr === 'use') {
        if (n.args.some((a) => a.value.kind === 'function' && a.value.params.length === 4)) facts.errorMiddleware = true;
      }
    });
  }
  f = facts;
  factsCache.set(module, f);
  return f;
}

export default defineCheck({
  meta: {
    id: 'js-unhandled-rejection',
    title: 'Rejected promise in a request handler that nothing handles',
    cwe: 755,
    severity: 'medium',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description:
      '`async` Express handlers that await or throw outside `try`/`catch` with no error middleware, and floating ' +
      '`.then()` chains without `.catch()` in Express, Koa or Fastify handlers.',
    why:
      "Express 4 ignores the promise a handler returns: a rejection leaves the request unanswered and becomes an " +
      'unhandled rejection, which terminates Node 15+ by default. Any client that can make the awaited call fail ' +
      'can crash the server.',
    fix:
      'Wrap the handler body in `try { ... } catch (err) { next(err); }`, wrap handlers with a helper that calls ' +
      "`next` on rejection, load `express-async-errors`, or move to Express 5; end floating chains with `.catch(next)`.",
    example: {
      bad: "app.get('/orders/:id', async (req, res) => {\n  res.json(await Order.findById(req.params.id));\n});",
      good: "app.get('/orders/:id', async (req, res, next) => {\n  try {\n    res.json(await Order.findById(req.params.id));\n  } catch (err) {\n    next(err);\n  }\n});",
    },
    references: [
      'https://cwe.mitre.org/data/definitions/755.html',
      'https://expressjs.com/en/guide/error-handling.html',
      'https://nodejs.org/api/cli.html#--unhandled-rejectionsmode',
    ],
    evidence: { subject: 'request handler', clean: 'all handle the rejections of what they await' },
  },
  create(ctx) {
    return {
      call(node) {
        if (node.callee.kind !== 'attribute' || !ROUTE_METHODS.has(node.callee.attr)) return;
        const facts = factsOf(ctx.module);
        if (!facts.web) return;
        for (const a of node.args) {
          const fn = a.value;
          if (fn.kind !== 'function' || fn.params.length < 2) continue;
          const floating = floatingChains(fn);
          for (const at of floating) {
            ctx.report(at, 'This promise chain in a request handler has no `.catch()`: if it rejects, nothing handles it and Node terminates the process.');
          }
          if (!fn.isAsync || !facts.express) {
            if (!floating.length) ctx.examined(fn, 'no floating promise');
            continue;
          }
          if (facts.patched || facts.errorMiddleware) {
            ctx.examined(fn, facts.patched ? 'express-async-errors loaded' : 'error middleware registered');
            continue;
          }
          const risky = unguarded(fn);
          if (!risky) {
            ctx.examined(fn, 'awaits inside try/catch');
            continue;
          }
          ctx.report(
            fn,
            `This async Express handler ${risky.kind === 'raise' ? 'throws' : 'awaits'} at line ${risky.range.line} outside any try/catch, and Express 4 does not catch a rejected handler: the request hangs and the unhandled rejection terminates the process.`,
          );
        }
      },
    };
  },
});

/** The first `await` or `throw` of the function (not of nested functions) that no enclosing `try` with a `catch` covers. */
function unguarded(fn: FunctionDef): Node | null {
  let found: Node | null = null;
  const visit = (n: Node, guarded: boolean) => {
    if (found) return;
    if (n.kind === 'function' || n.kind === 'lambda' || n.kind === 'class') return;
    if (!guarded && (n.kind === 'await' || n.kind === 'raise')) {
      found = n;
      return;
    }
    if (n.kind === 'try') {
      const catches = n.handlers.length > 0;
      for (const s of n.body) visit(s, guarded || catches);
      for (const h of n.handlers) for (const s of h.body) visit(s, guarded);
      for (const s of n.orelse) visit(s, guarded);
      for (const s of n.finalbody) visit(s, guarded);
      return;
    }
    forEachChild(n, (c) => visit(c, guarded));
  };
  for (const s of fn.body) visit(s, false);
  return found;
}

/** Expression statements of the function that are `.then(onFulfilled)` chains with no rejection handler. */
function floatingChains(fn: FunctionDef): Node[] {
  const out: Node[] = [];
  const visit = (s: Stmt | Node) => {
    if (s.kind === 'function' || s.kind === 'lambda' || s.kind === 'class') return;
    if (s.kind === 'expr' && s.expr.kind === 'call') {
      const call = s.expr;
      if (call.callee.kind === 'attribute' && call.callee.attr === 'then' && call.args.length === 1 && !chainHasCatch(call.callee.object)) out.push(s);
    }
    forEachChild(s as Node, visit);
  };
  for (const s of fn.body) visit(s);
  return out;
}

function chainHasCatch(e: Node): boolean {
  for (let x: Node = e; x.kind === 'call' && x.callee.kind === 'attribute'; x = x.callee.object) {
    if (x.callee.attr === 'catch' || (x.callee.attr === 'then' && x.args.length >= 2)) return true;
  }
  return false;
}
