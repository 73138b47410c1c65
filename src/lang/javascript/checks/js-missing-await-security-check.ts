/**
 * ## What it does
 * Flags an asynchronous security check whose promise is tested instead of
 * its result: `if (isAuthorized(user))`, `if (!bcrypt.compare(pw, hash))`,
 * `const ok = verifyToken(t); if (ok)`, `allowed && next()`. The call is
 * known to return a promise when it is
 * - a function or method declared `async` in the same file (by name), or
 * - a promise API: bcrypt/bcryptjs `compare` without a callback, argon2
 *   `verify`, `crypto.subtle.verify`, jose `jwtVerify`;
 * and its name says it is a security decision (authorize, authenticate,
 * permission, access, role, admin, owner, verify, validate, check, password,
 * token, signature, csrf, session, login, credential, can*, is*Allowed...).
 *
 * ## Why is this bad?
 * A promise is always truthy. The condition holds whatever the check
 * decides, so every request passes (or, negated, every request fails): the
 * authorization, password or signature check is silently skipped.
 *
 * ## Precision
 * Awaited calls, `.then(...)` chains and promises handed to other functions
 * are not conditions. A same-file function that is not `async` is not
 * reported even if its name says "check": only known promises are.
 */
import { defineCheck } from '../../../analyze/check.js';
import type { CheckContext } from '../../../analyze/check.js';
import { localValue } from '../../../analyze/local-value.js';
import { identifierWords } from '../../../analyze/secret-names.js';
import type { CallExpr, Expr, FunctionDef, Module, Node } from '../../../ir/types.js';
import { walkTree } from '../../../ir/walk.js';
import { positional } from '../helpers/objects.js';

const SECURITY_WORDS = new Set([
  'auth', 'authorize', 'authorized', 'authorise', 'authorised', 'authenticate', 'authenticated', 'authorization',
  'permission', 'permissions', 'permitted', 'allowed', 'allow', 'access', 'role', 'roles', 'admin', 'owner', 'owns',
  'verify', 'verified', 'valid', 'validate', 'check', 'password', 'token', 'signature', 'csrf', 'session', 'login',
  'logged', 'credential', 'credentials', 'grant', 'granted', 'acl', 'policy', 'scope', 'member', 'entitled', 'can',
]);
/** Promise-returning security APIs (without a callback argument). */
const PROMISE_APIS = new Set(['bcrypt.compare', 'bcryptjs.compare', 'argon2.verify', 'crypto.subtle.verify', 'jose.jwtVerify']);

export default defineCheck({
  meta: {
    id: 'js-missing-await-security-check',
    title: 'Security check tested without await (the promise is always truthy)',
    cwe: 571,
    severity: 'high',
    confidence: 'high',
    languages: ['javascript', 'typescript'],
    description:
      'An async authorization, authentication, password or signature check whose returned promise is used as a ' +
      'condition (`if (isAuthorized(u))`) instead of its awaited result.',
    why:
      'A promise is always truthy, so the condition holds whatever the check decides: every user is authorized, ' +
      'every password matches (or, negated, nobody ever does). The security decision is silently skipped.',
    fix: 'Await the check: `if (await isAuthorized(user))`, `if (!(await bcrypt.compare(password, hash)))`.',
    example: {
      bad: 'if (!bcrypt.compare(password, user.passwordHash)) {\n  return res.status(401).end();\n}',
      good: 'if (!(await bcrypt.compare(password, user.passwordHash))) {\n  return res.status(401).end();\n}',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/571.html',
      'https://cwe.mitre.org/data/definitions/863.html',
      'https://typescript-eslint.io/rules/no-misused-promises/',
    ],
    evidence: { subject: 'security-check condition', clean: 'each awaits its check or calls a synchronous one' },
  },
  create(ctx) {
    const asyncNames = asyncFunctionNames(ctx.module);

    /** Why the call returns a promise, or null when it is not known to. */
    const promiseReason = (call: CallExpr): string | null => {
      const q = ctx.qualifiedName(call.callee);
      if (q && PROMISE_APIS.has(q)) {
        const last = positional(call).at(-1);
        return last?.kind === 'function' ? null : `\`${q}()\` returns a promise when given no callback`;
      }
      const name = calleeName(call);
      if (name && asyncNames.has(name)) return `\`${name}\` is declared \`async\``;
      return null;
    };

    const judge = (e: Expr, at: Expr) => {
      const call = unwrap(ctx, e);
      if (!call) return;
      const name = calleeName(call);
      const q = ctx.qualifiedName(call.callee);
      const security = (q !== null && PROMISE_APIS.has(q)) || (name !== null && identifierWords(name).some((w) => SECURITY_WORDS.has(w)));
      if (!name || !security) return;
      const reason = promiseReason(call);
      if (!reason) {
        ctx.examined(at, 'synchronous');
        return;
      }
      ctx.report(call, `\`${name}(...)\` is tested without \`await\`: ${reason}, and a promise is always truthy, so this check never decides anything.`);
    };

    return {
      if(node) {
        for (const e of conditionOperands(node.test)) judge(e, node.test);
      },
      while(node) {
        for (const e of conditionOperands(node.test)) judge(e, node.test);
      },
      conditional(node) {
        for (const e of conditionOperands(node.test)) judge(e, node.test);
      },
      logical(node) {
        // `isAdmin(user) && next()`: the left operands decide.
        const parent = ctx.ancestors[ctx.ancestors.length - 1];
        if (parent?.kind !== 'expr') return;
        for (const v of node.values.slice(0, -1)) for (const e of conditionOperands(v)) judge(e, node);
      },
    };
  },
});

/** The sub-expressions whose truth a condition tests: through `!`, `&&`, `||`. */
function conditionOperands(e: Expr): Expr[] {
  if (e.kind === 'unary' && (e.op === '!' || e.op === 'not')) return conditionOperands(e.operand);
  if (e.kind === 'logical') return e.values.flatMap(conditionOperands);
  return [e];
}

/** The unawaited call a condition operand is: the call itself, or a name bound once to one. */
function unwrap(ctx: CheckContext, e: Expr): CallExpr | null {
  if (e.kind === 'call') return e;
  if (e.kind === 'name') {
    const lv = localValue(ctx, e.id);
    if (lv?.via === 'assign' && lv.value.kind === 'call') return lv.value;
  }
  return null;
}

function calleeName(call: CallExpr): string | null {
  if (call.callee.kind === 'name') return call.callee.id;
  if (call.callee.kind === 'attribute') return call.callee.attr;
  return null;
}

/** Names of functions and methods declared `async` in the module (declarations, methods, `const f = async () =>`). */
function asyncFunctionNames(module: Module): Set<string> {
  const names = new Set<string>();
  const sync = new Set<string>();
  for (const s of module.body) {
    walkTree(s as Node, (n) => {
      if (n.kind === 'function' && n.name) (n.isAsync ? names : sync).add(n.name);
      if (n.kind === 'assign' && n.value?.kind === 'function' && n.targets.length === 1) {
        const t = n.targets[0]!;
        const id = t.kind === 'name' ? t.id : t.kind === 'attribute' ? t.attr : null;
        if (id) ((n.value as FunctionDef).isAsync ? names : sync).add(id);
      }
    });
  }
  // A name bound to both an async and a sync function is ambiguous: not known to return a promise.
  for (const n of sync) names.delete(n);
  return names;
}
