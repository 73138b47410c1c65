/**
 * ## What it does
 * Flags `===`, `==`, `!==` and `!=` between a secret-looking value (an HMAC
 * or signature, a CSRF/API/session token, a one-time code, a password hash,
 * an API key) and another value computed or received at run time.
 *
 * ## Why is this bad?
 * String comparison returns at the first differing character, so its run
 * time tells how much of a guess is right. An attacker who can submit
 * guesses and time the answers recovers a valid signature or token piece by
 * piece. `crypto.timingSafeEqual` takes the same time whatever the inputs.
 *
 * ## Precision
 * The secret is recognised by name (variable, property, object key or
 * header name, split into words and graded as in Python's
 * timing-unsafe-comparison: src/analyze/secret-grades.ts) or by construction
 * (`crypto.createHmac(...).digest(...)`). Strong names are flagged against
 * any run-time value; ambiguous ones (`token`, `signature`, `mac`) only
 * against request data or another secret; a plain digest only against
 * request data. Never flagged: comparisons with a constant, `null` or
 * `undefined`, `typeof` and `.length` tests, metadata names
 * (`tokenType`, `signatureMethod`), and code inside test callbacks
 * (`it(...)`, `test(...)`).
 */
import { defineCheck } from '../../../analyze/check.js';
import { type Grade, gradeWords } from '../../../analyze/secret-grades.js';
import { identifierWords } from '../../../analyze/secret-names.js';
import type { CallExpr, Expr, Node } from '../../../ir/types.js';
import { walkTree } from '../../../ir/walk.js';
import { followName } from '../../../analyze/local-value.js';
import { positional } from '../helpers/objects.js';

const EQUALITY = new Set(['==', '===', '!=', '!==']);
const WRAPPERS = new Set(['toString', 'trim', 'toLowerCase', 'toUpperCase', 'normalize', 'String']);
const HEADER_GETTERS = new Set(['get', 'header', 'getHeader']);
const REQUEST_NAMES = new Set(['req', 'request', 'ctx', 'event']);
const REQUEST_PARTS = new Set(['headers', 'body', 'query', 'params', 'cookies', 'signedCookies']);
const TEST_CALLS = new Set(['it', 'test', 'describe', 'expect']);
const SECURITY_MODULES = /^(crypto|node:crypto|jsonwebtoken|jose|express|koa|fastify|next|bcrypt|bcryptjs|argon2|otplib|speakeasy|csrf|csurf|passport)/;

export default defineCheck({
  meta: {
    id: 'js-secret-compare',
    title: 'Secret compared with === instead of a constant-time comparison',
    cwe: 208,
    severity: 'medium',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description:
      '`===` / `==` / `!==` / `!=` between a secret-looking value (HMAC, signature, CSRF/API/session token, one-time ' +
      'code, password hash, API key) and another value computed or received at run time.',
    why:
      'String equality stops at the first differing character, so the response time reveals how much of a guess ' +
      'matches. An attacker who can submit guesses and time the answers recovers a valid signature or token piece ' +
      'by piece, and forges requests with it.',
    fix:
      'Compare with `crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))` after checking both have the same ' +
      'length (compare HMACs of the two values when lengths may differ).',
    example: {
      bad: "const expected = crypto.createHmac('sha256', KEY).update(body).digest('hex');\nif (req.get('x-signature') !== expected) return res.sendStatus(403);",
      good: "const expected = crypto.createHmac('sha256', KEY).update(body).digest();\nconst given = Buffer.from(req.get('x-signature') ?? '', 'hex');\nif (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return res.sendStatus(403);",
    },
    references: [
      'https://cwe.mitre.org/data/definitions/208.html',
      'https://nodejs.org/api/crypto.html#cryptotimingsafeequala-b',
      'https://codahale.com/a-lesson-in-timing-attacks/',
    ],
    evidence: { subject: 'secret comparison', clean: 'none uses === or == on a secret' },
  },
  create(ctx) {
    let securityContext: boolean | null = null;
    const inSecurityModule = () => {
      if (securityContext === null) {
        securityContext = false;
        for (const s of ctx.module.body) {
          walkTree(s as Node, (n) => {
            if (n.kind === 'import' && n.from !== null && SECURITY_MODULES.test(n.from)) securityContext = true;
            if (n.kind === 'import' && n.names.some((x) => SECURITY_MODULES.test(x.name))) securityContext = true;
          });
        }
      }
      return securityContext;
    };

    const isHmac = (e: Expr, depth = 0): boolean => {
      if (depth > 6) return false;
      if (e.kind === 'name') {
        const v = followName(ctx, e);
        return v !== e && isHmac(v, depth + 1);
      }
      if (e.kind === 'binary' && e.op === '+') return isHmac(e.left, depth + 1) || isHmac(e.right, depth + 1);
      if (e.kind === 'template') return e.parts.some((p) => typeof p !== 'string' && isHmac(p, depth + 1));
      if (e.kind !== 'call') return false;
      if (ctx.qualifiedName(e.callee) === 'crypto.createHmac') return true;
      if (e.callee.kind === 'attribute' && ['digest', 'update', 'toString'].includes(e.callee.attr)) return isHmac(e.callee.object, depth + 1);
      return false;
    };

    const grade = (e: Expr, depth = 0): Grade => {
      if (depth > 6) return 0;
      if (isHmac(e)) return 4;
      switch (e.kind) {
        case 'name':
          return gradeWords(identifierWords(e.id));
        case 'attribute':
          return gradeWords(identifierWords(e.attr));
        case 'index': {
          const key = ctx.constValue(e.index);
          return typeof key === 'string' ? gradeWords(identifierWords(key)) : 0;
        }
        case 'call':
          return gradeCall(e, depth);
        case 'template':
          return maxGrade(e.parts.filter((p): p is Expr => typeof p !== 'string').map((p) => grade(p, depth + 1)));
        case 'binary':
          return e.op === '+' ? maxGrade([grade(e.left, depth + 1), grade(e.right, depth + 1)]) : 0;
        case 'await':
          return grade(e.value, depth + 1);
        case 'logical':
          return maxGrade(e.values.map((v) => grade(v, depth + 1)));
        default:
          return 0;
      }
    };

    const gradeCall = (e: CallExpr, depth: number): Grade => {
      const leaf = e.callee.kind === 'attribute' ? e.callee.attr : e.callee.kind === 'name' ? e.callee.id : null;
      if (!leaf) return 0;
      if (WRAPPERS.has(leaf)) {
        if (e.callee.kind === 'attribute') return grade(e.callee.object, depth + 1);
        const a = positional(e)[0];
        return a ? grade(a, depth + 1) : 0;
      }
      if (leaf === 'digest' && e.callee.kind === 'attribute') return 1;
      if (HEADER_GETTERS.has(leaf)) {
        const key = positional(e)[0];
        const k = key ? ctx.constValue(key) : undefined;
        return typeof k === 'string' ? gradeWords(identifierWords(k)) : 0;
      }
      return 0;
    };

    /** Request data: `req.headers[...]`, `ctx.get(...)`, `request.body.x`. */
    const fromRequest = (e: Expr): boolean => {
      let found = false;
      walkTree(e as Node, (n) => {
        if (n.kind === 'name' && REQUEST_NAMES.has(n.id)) found = true;
        if (n.kind === 'attribute' && REQUEST_PARTS.has(n.attr)) found = true;
      });
      return found;
    };

    /** A comparison that reveals nothing: against a constant, null/undefined, a type or a length. */
    const trivial = (e: Expr): boolean => {
      if (ctx.constValue(e) !== undefined || e.kind === 'literal') return true;
      if (e.kind === 'unary' && e.op === 'typeof') return true;
      if (e.kind === 'attribute' && (e.attr === 'length' || e.attr === 'size')) return true;
      if (e.kind === 'call') {
        const q = ctx.qualifiedName(e.callee);
        if (q === 'Number' || q === 'parseInt' || q === 'Boolean') return true;
      }
      return false;
    };

    return {
      compare(node) {
        if (node.ops.length !== 1 || !EQUALITY.has(node.ops[0]!)) return;
        const a = node.left;
        const b = node.comparators[0]!;
        if (trivial(a) || trivial(b)) return;
        if (ctx.ancestors.some((x) => x.kind === 'call' && x.callee.kind === 'name' && TEST_CALLS.has(x.callee.id))) return;
        const ga = grade(a);
        const gb = grade(b);
        const secretSide = ga >= gb ? a : b;
        const other = secretSide === a ? b : a;
        const top = Math.max(ga, gb) as Grade;
        const low = Math.min(ga, gb) as Grade;
        const flagged =
          top >= 3 ||
          (top === 2 && (fromRequest(other) || (low >= 2 && inSecurityModule()))) ||
          (top === 1 && (fromRequest(other) || low >= 2));
        if (!flagged) {
          if (top > 0) ctx.examined(node, 'not a secret compared with request data');
          return;
        }
        const what = top === 4 ? 'an HMAC' : top === 1 ? 'a digest' : `\`${describe(secretSide)}\``;
        ctx.report(node, `${what[0]!.toUpperCase()}${what.slice(1)} is compared with \`${node.ops[0]}\`, which stops at the first difference: the timing leaks the secret; use \`crypto.timingSafeEqual\`.`);
      },
    };
  },
});

function maxGrade(gs: Grade[]): Grade {
  return gs.reduce<Grade>((m, g) => (g > m ? g : m), 0);
}

function describe(e: Expr): string {
  if (e.kind === 'name') return e.id;
  if (e.kind === 'attribute') return e.attr;
  if (e.kind === 'call' && e.callee.kind === 'attribute') return `${e.callee.attr}(...)`;
  return 'value';
}
