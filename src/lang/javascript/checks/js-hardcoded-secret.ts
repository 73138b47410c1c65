/**
 * ## What it does
 * Flags credentials written into JavaScript or TypeScript source:
 * - a string literal assigned to, stored under an object key named, or used
 *   as the default of a parameter named like a password, secret, token, API
 *   key or cryptographic key (`const JWT_SECRET = '...'`,
 *   `createPool({ password: '...' })`, `session({ secret: '...' })`);
 * - such a name compared with a literal (`if (apiKey === 'abc123...')`);
 * - a literal fallback for a setting read from the environment
 *   (`process.env.JWT_SECRET || 'dev-secret-123'`, `?? '...'`);
 * - a literal passed where an API takes a key: `jwt.sign(payload, '...')`,
 *   `jwt.verify(token, '...')`, `crypto.createHmac(alg, '...')`,
 *   `cookieParser('...')`, `new Sequelize(db, user, '...')`;
 * - well-known credential formats anywhere in a string (AWS access key ids,
 *   private keys, GitHub, Slack, Stripe and Google keys) and passwords inside
 *   URLs (`mongodb://admin:pw@host`).
 *
 * ## Why is this bad?
 * Everyone who can read the code, its packages or its history holds the
 * credential, and it cannot be rotated without a release.
 *
 * ## Precision
 * The names and the reasons a value is not a credential are the Python
 * check's (src/analyze/secret-names.ts, src/analyze/credentials.ts):
 * placeholders, labels (`PASSWORD_FIELD = 'password'`), settings
 * (`tokenType = 'bearer'`), paths, URLs without a password and prose are not
 * reported; token and key names need a credential-shaped value. Test files
 * (`*.test.js`, `*.spec.ts`, files under `test/`, `tests/`, `__tests__/`)
 * hold sample credentials for the code under test and are not reviewed.
 */
import { type Confidence, defineCheck } from '../../../analyze/check.js';
import {
  credentialMessage,
  CWE_CREDENTIAL,
  cweFor,
  implausible,
  literalCredential,
} from '../../../analyze/credentials.js';
import { type SecretKind, secretKind } from '../../../analyze/secret-names.js';
import type { Expr } from '../../../ir/types.js';
import { targetName } from '../helpers/names.js';
import { positional } from '../helpers/objects.js';

/** APIs taking a secret at a position: qualified name → [argument index, what it is]. */
const KEY_ARGUMENTS: Record<string, [number, SecretKind, string]> = {
  'jsonwebtoken.sign': [1, 'crypto-key', 'The key passed to `jwt.sign()`'],
  'jsonwebtoken.verify': [1, 'crypto-key', 'The key passed to `jwt.verify()`'],
  'crypto.createHmac': [1, 'crypto-key', 'The HMAC key passed to `crypto.createHmac()`'],
  'cookie-parser': [0, 'secret', 'The secret passed to `cookieParser()`'],
  // new Sequelize(database, username, password, options)
  'sequelize.Sequelize': [2, 'password', 'The database password passed to `new Sequelize()`'],
  'sequelize': [2, 'password', 'The database password passed to `new Sequelize()`'],
};

const ENV_ROOT = 'process.env';
/** Test suites hold sample credentials for the code under test; they are not deployed. */
const TEST_FILE = /(^|\/)(test|tests|__tests__|__mocks__|spec)\/|\.(test|spec)\.[cm]?[jt]sx?$/;

export default defineCheck({
  meta: {
    id: 'js-hardcoded-secret',
    title: 'Hard-coded password, key or token',
    cwe: CWE_CREDENTIAL,
    severity: 'high',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description:
      'String literals used as a password, secret, token, API key or cryptographic key (by the name they are ' +
      'assigned to or stored under, the API they are passed to, or as an environment fallback), and well-known ' +
      'credential formats anywhere in a string.',
    why:
      'Everyone who can read the code, its packages or its history holds the credential, and it cannot be rotated ' +
      'without a new release. Leaked keys are harvested from public repositories within minutes.',
    fix:
      'Read credentials at run time from the environment or a secret manager (`process.env.JWT_SECRET`), fail ' +
      'when they are missing, and rotate any credential that was committed.',
    example: {
      bad: "const JWT_SECRET = 'sup3r-s3cr3t-signing-key';",
      good: "const JWT_SECRET = process.env.JWT_SECRET;\nif (!JWT_SECRET) throw new Error('JWT_SECRET is not set');",
    },
    references: [
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://cwe.mitre.org/data/definitions/259.html',
      'https://cwe.mitre.org/data/definitions/321.html',
      'https://nodejs.org/api/process.html#processenv',
    ],
    evidence: { subject: 'credential-named value', clean: 'none is a hard-coded credential' },
  },
  create(ctx) {
    if (TEST_FILE.test(ctx.module.path.replaceAll('\\', '/'))) return {};
    const reported = new Set<Expr>();
    const report = (at: Expr, message: string, cwe: number, confidence: Confidence) => {
      reported.add(at);
      ctx.report(at, message, { cwe, confidence });
    };

    const formatHit = (lit: Expr, text: string): boolean => {
      const hit = literalCredential(text);
      if (hit) report(lit, hit.message, hit.cwe, hit.confidence);
      return hit !== null;
    };

    const stringOf = (e: Expr): string | null => (e.kind === 'literal' && e.type === 'str' && typeof e.value === 'string' ? e.value : null);

    /** `id` is bound to `value`; `forced` gives the kind when the position says it. */
    const consider = (id: string | null, value: Expr, how: 'set' | 'compare', forced?: { kind: SecretKind; subject: string }) => {
      const kind = forced?.kind ?? (id ? secretKind(id, 'hardcoded') : null);
      if (!kind) return;
      let literal: Expr = value;
      let fallback = false;
      // process.env.X || 'literal', process.env.X ?? 'literal'
      if (value.kind === 'logical' && value.values.length === 2 && readsEnv(value.values[0]!)) {
        literal = value.values[1]!;
        fallback = true;
      }
      const text = stringOf(literal);
      if (text === null) {
        if (literal.kind === 'literal') ctx.examined(literal, 'empty or null');
        else if (how === 'set') ctx.examined(literal, fallback ? 'fallback computed at run time' : readsEnv(literal) ? 'read from the environment' : 'not a string literal');
        return;
      }
      if (reported.has(literal)) return;
      if (formatHit(literal, text)) return;
      const reason = implausible(text, kind, id ?? '');
      if (reason) {
        ctx.examined(literal, reason);
        return;
      }
      report(literal, credentialMessage({ id, kind, how, fallback, forced }), cweFor(kind), 'medium');
    };

    const readsEnv = (e: Expr): boolean => {
      const target = e.kind === 'attribute' ? e.object : e.kind === 'index' ? e.object : null;
      return target !== null && ctx.qualifiedName(target) === ENV_ROOT;
    };

    return {
      assign(node) {
        if (!node.value || node.op !== null) return;
        for (const t of node.targets) consider(targetName(ctx, t), node.value, 'set');
      },
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        const spec = name && Object.hasOwn(KEY_ARGUMENTS, name) ? KEY_ARGUMENTS[name] : undefined;
        if (!spec) return;
        const arg = positional(node)[spec[0]];
        if (arg) consider(null, arg, 'set', { kind: spec[1], subject: spec[2] });
      },
      dict(node) {
        for (const e of node.entries) {
          const key = e.key ? ctx.constValue(e.key) : undefined;
          if (typeof key === 'string' && e.value.kind !== 'function') consider(key, e.value, 'set');
        }
      },
      function(node) {
        for (const p of node.params) if (p.default) consider(p.name, p.default, 'set');
      },
      compare(node) {
        if (node.ops.length !== 1 || !['==', '===', '!=', '!=='].includes(node.ops[0]!)) return;
        const a = node.left;
        const b = node.comparators[0]!;
        for (const [named, lit] of [
          [a, b],
          [b, a],
        ] as const) {
          if (lit.kind !== 'literal') continue;
          const id = targetName(ctx, named);
          if (id) consider(id, lit, 'compare');
        }
      },
      literal(node) {
        if (node.type !== 'str' || reported.has(node)) return;
        formatHit(node, String(node.value));
      },
      template(node) {
        if (reported.has(node)) return;
        // Holes become NUL, which no credential pattern (nor a URL password) may contain.
        formatHit(node, node.parts.map((p) => (typeof p === 'string' ? p : '\u0000')).join(''));
      },
    };
  },
});
