/**
 * ## What it does
 * Flags `==` / `!=` between a secret-looking value (an HMAC or signature, a
 * CSRF/API/session token, a one-time password, a password hash, an API key)
 * and another value computed or received at run time.
 *
 * ## Why is this bad?
 * `==` on strings and bytes returns at the first differing byte, so its run
 * time tells how long the matching prefix is. An attacker who can submit
 * guesses and measure responses recovers a valid signature or token byte by
 * byte. `hmac.compare_digest` (or `secrets.compare_digest`) takes the same
 * time whatever the inputs.
 *
 * ## Precision
 * The secret is recognised by name (the variable, attribute, dictionary key
 * or header name, split into words) or by construction (`hmac.new(...)
 * .hexdigest()`). Words are graded:
 * - strong (`secret`, `csrf`, `otp`, `hmac`, `api_key`, `password_hash`,
 *   `auth_token`, `access_token`, ...): flagged against any run-time value;
 * - ambiguous (`token`, `signature`, `sig`, `mac`, `authorization`): flagged
 *   only when the other side is request data, or is itself secret-looking in
 *   a module that does web or crypto work (parsers have "tokens", inspect has
 *   "signatures", networking has MAC addresses);
 * - a plain hash (`digest`, `hashlib.*().hexdigest()`): only against request data
 *   or another secret, since comparing public file checksums leaks nothing.
 * Never flagged: comparison with a constant, `None` or an empty string
 * (that is a hardcoded-secret or presence test), `len(token) == 32`, names
 * that describe metadata (`token_type`, `signature_method`, `secret_name`,
 * `mac_address`, `is_token`), asserts, tests and `__eq__` methods.
 */
import { type Grade, gradeWords, VETO } from '../../../analyze/secret-grades.js';
import { identifierWords } from '../helpers/secret-names.js';
import { defineCheck } from '../../../analyze/check.js';
import type { CallExpr, Expr, FunctionDef, Node } from '../../../ir/types.js';
import { walkTree } from '../../../ir/walk.js';
import { enclosingFunction, qualifiedIn, shortText, walkLocal } from './_flow-paths.js';

const NON_STRING_CALLS = new Set(['len', 'type', 'id', 'int', 'float', 'bool', 'isinstance', 'hash', 'ord', 'callable', 'hasattr']);
const WRAPPERS = new Set(['str', 'bytes', 'encode', 'decode', 'strip', 'lower', 'upper', 'rstrip', 'lstrip', 'casefold']);
const SECURITY_MODULES = new Set([
  'hmac', 'hashlib', 'secrets', 'jwt', 'itsdangerous', 'cryptography', 'Crypto', 'Cryptodome', 'nacl', 'passlib',
  'bcrypt', 'pyotp', 'flask', 'django', 'fastapi', 'starlette', 'werkzeug', 'bottle', 'tornado', 'aiohttp',
  'pyramid', 'falcon', 'sanic', 'rest_framework', 'oauthlib', 'authlib',
]);


export default defineCheck({
  meta: {
    id: 'timing-unsafe-comparison',
    title: 'Secret compared with == instead of a constant-time comparison',
    cwe: 208,
    severity: 'medium',
    confidence: 'medium',
    languages: ['python'],
    description:
      '`==` / `!=` between a secret-looking value (HMAC, signature, CSRF/API/session token, one-time password, ' +
      'password hash, API key) and another value computed or received at run time.',
    why:
      'String and bytes equality stops at the first differing byte, so the response time reveals how much of a ' +
      'guess matches. An attacker who can submit guesses and time the answers recovers a valid signature or token ' +
      'byte by byte, and forges requests with it.',
    fix: 'Compare secrets with `hmac.compare_digest(a, b)` (or `secrets.compare_digest`), which runs in constant time.',
    example: {
      bad: 'expected = hmac.new(KEY, body, hashlib.sha256).hexdigest()\nif request.headers["X-Signature"] != expected:\n    abort(403)',
      good: 'expected = hmac.new(KEY, body, hashlib.sha256).hexdigest()\nif not hmac.compare_digest(request.headers["X-Signature"], expected):\n    abort(403)',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/208.html',
      'https://docs.python.org/3/library/hmac.html#hmac.compare_digest',
      'https://codahale.com/a-lesson-in-timing-attacks/',
    ],
    evidence: { subject: 'secret comparison', clean: 'none uses == or != on a secret' },
  },
  create(ctx) {
    // Whether the module imports a security library: looked up the first time a comparison needs it.
    let securityImport: boolean | undefined;
    const securityContext = (): boolean => {
      if (securityImport === undefined) {
        securityImport = false;
        for (const s of ctx.module.body) {
          walkTree(s, (n) => {
            if (n.kind !== 'import') return;
            const mods = n.from !== null ? [n.from] : n.names.map((x) => x.name);
            if (mods.some((m) => SECURITY_MODULES.has(m.split('.')[0]!))) securityImport = true;
          });
        }
      }
      return securityImport;
    };

    /** Names assigned in `fn` from an hmac computation, e.g. `mac = hmac.new(k, m, sha256)`. */
    const hmacNames = new Map<FunctionDef, Set<string>>();
    const hmacNamesOf = (fn: FunctionDef | null): Set<string> => {
      if (!fn) return new Set();
      let set = hmacNames.get(fn);
      if (!set) {
        const found = new Set<string>();
        walkLocal(fn, (n) => {
          if (n.kind === 'assign' && n.value && n.targets.length === 1 && n.targets[0]!.kind === 'name') {
            if (isHmacExpr(n.value, fn, found)) found.add(n.targets[0]!.id);
          }
        });
        set = found;
        hmacNames.set(fn, set);
      }
      return set;
    };

    function isHmacExpr(e: Expr, fn: FunctionDef | null, names: ReadonlySet<string>): boolean {
      if (e.kind === 'name') return names.has(e.id);
      if (e.kind !== 'call') return false;
      const q = qualifiedIn(ctx, e.callee, fn);
      if (q === 'hmac.new' || q === 'hmac.HMAC' || q === 'hmac.digest') return true;
      if (e.callee.kind === 'attribute' && ['hexdigest', 'digest', 'copy'].includes(e.callee.attr)) {
        return isHmacExpr(e.callee.object, fn, names);
      }
      return false;
    }

    function grade(e: Expr, fn: FunctionDef | null): Grade {
      switch (e.kind) {
        case 'name':
          return hmacNamesOf(fn).has(e.id) ? 4 : gradeWords(identifierWords(e.id));
        case 'attribute':
          return gradeWords(identifierWords(e.attr));
        case 'index': {
          const key = ctx.constValue(e.index);
          return typeof key === 'string' ? gradeWords(identifierWords(key)) : 0;
        }
        case 'call':
          return gradeCall(e, fn);
        case 'template':
          return maxGrade(e.parts.filter((p): p is Expr => typeof p !== 'string').map((p) => grade(p, fn)));
        case 'binary':
          return e.op === '+' ? maxGrade([grade(e.left, fn), grade(e.right, fn)]) : 0;
        case 'await':
          return grade(e.value, fn);
        default:
          return 0;
      }
    }

    function gradeCall(e: CallExpr, fn: FunctionDef | null): Grade {
      if (isHmacExpr(e, fn, hmacNamesOf(fn))) return 4;
      const q = qualifiedIn(ctx, e.callee, fn);
      const leaf = e.callee.kind === 'attribute' ? e.callee.attr : e.callee.kind === 'name' ? e.callee.id : null;
      if (leaf === null) return 0;
      if (WRAPPERS.has(leaf)) {
        if (e.callee.kind === 'attribute') return grade(e.callee.object, fn);
        return e.args[0] ? grade(e.args[0].value, fn) : 0;
      }
      if ((leaf === 'hexdigest' || leaf === 'digest') && e.callee.kind === 'attribute') {
        const inner = e.callee.object;
        const iq = inner.kind === 'call' ? qualifiedIn(ctx, inner.callee, fn) : null;
        if (iq?.startsWith('hashlib.')) return 1;
      }
      if (leaf === 'get' || leaf === 'getattr' || leaf === 'getlist') {
        const keyArg = leaf === 'getattr' ? e.args[1] : e.args[0];
        const key = keyArg ? ctx.constValue(keyArg.value) : undefined;
        return typeof key === 'string' ? gradeWords(identifierWords(key)) : 0;
      }
      if (q && NON_STRING_CALLS.has(q)) return 0;
      return gradeWords(identifierWords(leaf));
    }

    /** Data from the incoming request: `request.*`, `req.*`, `self.request.*`. */
    function fromRequest(e: Expr): boolean {
      let found = false;
      walkTree(e, (n) => {
        if ((n.kind === 'name' && (n.id === 'request' || n.id === 'req')) || (n.kind === 'attribute' && n.attr === 'request')) found = true;
      });
      return found;
    }

    /** Not a string secret: a constant, None, a length or other number. */
    function trivial(e: Expr, fn: FunctionDef | null): string | null {
      const v = ctx.constValue(e);
      if (v !== undefined) return v === null ? 'against None' : 'against a constant';
      if (e.kind === 'literal') return 'against a constant';
      if (e.kind === 'call') {
        const q = qualifiedIn(ctx, e.callee, fn);
        if (q && NON_STRING_CALLS.has(q)) return 'of a length or type';
      }
      return null;
    }

    function inExemptPlace(ancestors: readonly Node[]): boolean {
      for (const a of ancestors) {
        if (a.kind === 'assert') return true;
        if (a.kind === 'function' && (/^test/i.test(a.name) || a.name === '__eq__' || a.name === '__ne__')) return true;
        if (a.kind === 'class' && /^Test|Tests?$/.test(a.name)) return true;
      }
      return false;
    }

    /** The identifier a comparison operand is known by, when it names metadata (`signature_method`). */
    function vetoed(e: Expr): boolean {
      const id = e.kind === 'name' ? e.id : e.kind === 'attribute' ? e.attr : null;
      return id !== null && identifierWords(id).some((w) => VETO.has(w));
    }

    return {
      call(node) {
        const q = ctx.qualifiedName(node.callee);
        if (q === 'hmac.compare_digest' || q === 'secrets.compare_digest') ctx.examined(node, 'compare_digest');
      },
      compare(node) {
        if (node.ops.length !== 1) return;
        const op = node.ops[0]!;
        if (op !== '==' && op !== '!=') return;
        const fn = enclosingFunction(ctx.ancestors);
        const a = node.left;
        const b = node.comparators[0]!;
        const ga = grade(a, fn);
        const gb = grade(b, fn);
        const hi = Math.max(ga, gb) as Grade;
        if (hi === 0) return;
        const [secret, other] = ga >= gb ? [a, b] : [b, a];
        const why = trivial(other, fn) ?? trivial(secret, fn);
        if (why) {
          ctx.examined(node, why);
          return;
        }
        // `request.signature_method == SIGNATURE_HMAC`: the other side says what is compared.
        if (vetoed(other)) {
          ctx.examined(node, 'not a secret in context');
          return;
        }
        if (inExemptPlace(ctx.ancestors)) {
          ctx.examined(node, 'in a test, assert or __eq__');
          return;
        }
        const lo = Math.min(ga, gb);
        const request = fromRequest(other) || fromRequest(secret);
        let confidence: 'high' | 'medium' | 'low' | null = null;
        if (hi === 4) confidence = 'high';
        else if (hi === 3) confidence = 'medium';
        else if (hi === 2 && request) confidence = 'medium';
        else if (hi === 2 && lo >= 2 && securityContext()) confidence = 'medium';
        else if (hi === 1 && (request || lo >= 2)) confidence = 'low';
        if (confidence === null) {
          ctx.examined(node, 'not a secret in context');
          return;
        }
        const text = shortText(ctx.source, secret.range, 40);
        ctx.report(
          node,
          `\`${text}\` ${hi === 4 ? 'is an HMAC' : 'looks like a secret'} and is compared with \`${op}\`, which returns at the first differing byte; ` +
            'the timing reveals how much of a guess is right. Use `hmac.compare_digest()`.',
          { confidence },
        );
      },
    };
  },
});

function maxGrade(gs: readonly Grade[]): Grade {
  return Math.max(0, ...gs) as Grade;
}

