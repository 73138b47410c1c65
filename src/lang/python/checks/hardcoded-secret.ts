/**
 * ## What it does
 * Flags credentials written into the source:
 * - a string literal assigned to, passed as a keyword named, stored under a
 *   dict key named, or used as the default of a parameter named like a
 *   password, secret, token, API key or cryptographic key
 *   (`DB_PASSWORD = "..."`, `connect(password="...")`, `{"api_key": "..."}`,
 *   `def login(pwd="...")`);
 * - the same name compared with a literal (`if password == "hunter2"`);
 * - a literal fallback for such a setting (`os.environ.get("SECRET_KEY", "...")`,
 *   `os.environ.setdefault("API_TOKEN", "...")`);
 * - basic-auth pairs (`auth=("user", "...")`, `HTTPBasicAuth("user", "...")`,
 *   `smtp.login("user", "...")`) and `Authorization: Bearer ...` headers;
 * - well-known credential formats anywhere in a string: AWS access key ids,
 *   PEM private keys (with a body), GitHub, Slack, Stripe live and Google API
 *   keys, and passwords inside URLs (`postgres://user:pw@host`).
 *
 * ## Why is this bad?
 * Source code is copied widely (repositories, packages, images, logs of CI).
 * Everyone who can read it holds the credential, and it cannot be rotated
 * without a release.
 *
 * ## Precision
 * Not reported: empty strings and None, placeholders (`"<password>"`,
 * `"${TOKEN}"`, `"***"`, `"your-api-key-here"`), values that are labels for
 * the name (`PASSWORD_FIELD = "password"`, `"new_password"`, `"Password:"`),
 * prose, paths and URLs without credentials, and names that describe a
 * property (`token_type = "bearer"`, `password_min_length`). Token and key
 * names need a value shaped like a credential (8+ characters, letters and
 * digits), since `token` also names lexer tokens. Name-based findings have
 * medium confidence; recognised credential formats, high.
 *
 * CWE: 259 (hard-coded password) for passwords, 321 (hard-coded
 * cryptographic key) for signing/encryption keys and private keys, 798
 * (hard-coded credentials) for tokens, API keys and other secrets.
 */
import { argument, type Confidence, defineCheck } from '../../../analyze/check.js';
import type { CallExpr, Expr } from '../../../ir/types.js';
import {
  credentialMessage,
  CWE_CREDENTIAL,
  cweFor,
  implausible,
  literalCredential,
} from '../../../analyze/credentials.js';
import { type SecretKind, secretKind, targetIdentifier } from '../helpers/secret-names.js';

const ENV_LOOKUPS = new Set(['os.environ.get', 'os.getenv', 'os.environ.setdefault']);
const BASIC_AUTH = new Set([
  'requests.auth.HTTPBasicAuth',
  'requests.auth.HTTPDigestAuth',
  'requests.auth.HTTPProxyAuth',
  'httpx.BasicAuth',
  'httpx.DigestAuth',
  'aiohttp.BasicAuth',
]);

export default defineCheck({
  meta: {
    id: 'hardcoded-secret',
    title: 'Hard-coded password, key or token',
    cwe: CWE_CREDENTIAL,
    severity: 'high',
    confidence: 'medium',
    languages: ['python'],
    description:
      'String literals used as a password, secret, token, API key or cryptographic key (by the name they are ' +
      'assigned to, passed as, or compared with), and well-known credential formats anywhere in a string.',
    why:
      'Everyone who can read the code, its packages or its history holds the credential, and it cannot be rotated ' +
      'without a new release. Leaked keys are harvested from public repositories within minutes.',
    fix:
      'Read credentials at run time from the environment or a secret manager (`os.environ["DB_PASSWORD"]`), fail ' +
      'when they are missing, and rotate any credential that was committed.',
    example: {
      bad: 'DB_PASSWORD = "s3cr3t-Pa55"',
      good: 'DB_PASSWORD = os.environ["DB_PASSWORD"]',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://cwe.mitre.org/data/definitions/259.html',
      'https://cwe.mitre.org/data/definitions/321.html',
      'https://docs.python.org/3/library/os.html#os.environ',
    ],
    evidence: { subject: 'credential-named value', clean: 'none is a hard-coded credential' },
    aliases: { bandit: ['B105', 'B106', 'B107'], ruff: ['S105', 'S106', 'S107'] },
  },
  create(ctx) {
    const reported = new Set<Expr>();
    const constString = (e: Expr): string | null => {
      const v = ctx.constValue(e);
      return typeof v === 'string' ? v : null;
    };

    const report = (at: Expr, message: string, cwe: number, confidence: Confidence) => {
      reported.add(at);
      ctx.report(at, message, { cwe, confidence });
    };

    /** A credential format inside a literal. True when reported. */
    const formatHit = (lit: Expr, text: string, skipUrl: boolean): boolean => {
      const hit = literalCredential(text, !skipUrl);
      if (hit) report(lit, hit.message, hit.cwe, hit.confidence);
      return hit !== null;
    };

    /**
     * `id` is bound to `value` (by assignment, keyword, dict key, default or
     * comparison). `forced` gives the kind when the position says it (basic auth).
     */
    const consider = (id: string | null, value: Expr, how: 'set' | 'compare', forced?: { kind: SecretKind; subject: string }) => {
      const kind = forced?.kind ?? (id ? secretKind(id, 'hardcoded') : null);
      if (!kind) return;
      let literal: Expr | null = value;
      let fallback = false;
      if (value.kind === 'call') {
        const callee = ctx.qualifiedName(value.callee);
        if (callee && ENV_LOOKUPS.has(callee)) {
          literal = argument(value, 1, callee === 'os.environ.setdefault' ? 'value' : 'default');
          fallback = true;
          if (!literal) {
            ctx.examined(value, 'read from the environment');
            return;
          }
        }
      }
      const text = literal.kind === 'literal' && (literal.type === 'str' || literal.type === 'bytes') ? String(literal.value) : null;
      if (text === null) {
        if (literal.kind === 'literal') ctx.examined(literal, 'empty or None');
        else if (how === 'set') ctx.examined(literal, fallback ? 'fallback computed at run time' : 'not a string literal');
        return;
      }
      if (reported.has(literal)) return;
      if (formatHit(literal, text, false)) return;
      const reason = implausible(text, kind, id ?? '');
      if (reason) {
        ctx.examined(literal, reason);
        return;
      }
      report(literal, credentialMessage({ id, kind, how, fallback, forced }), cweFor(kind), 'medium');
    };

    const basicAuth = (call: CallExpr) => {
      const name = ctx.qualifiedName(call.callee);
      if (name && BASIC_AUTH.has(name)) {
        const pw = argument(call, 1, 'password');
        if (pw && !call.args.some((a) => a.name === 'password')) {
          consider(null, pw, 'set', { kind: 'password', subject: `The password passed to \`${name}()\`` });
        }
        return;
      }
      // smtp.login(user, password), ftp.login(user, passwd), imap.login(user, password)
      if (!name && call.callee.kind === 'attribute' && call.callee.attr === 'login') {
        const positional = call.args.filter((a) => a.name === null && a.spread === null);
        if (positional.length === 2 && positional[1]!.value.kind === 'literal') {
          consider(null, positional[1]!.value, 'set', { kind: 'password', subject: 'The password passed to `login()`' });
        }
      }
      const auth = argument(call, null, 'auth');
      if (auth?.kind === 'sequence' && auth.elements.length === 2) {
        consider(null, auth.elements[1]!, 'set', { kind: 'password', subject: 'The password in `auth=(user, password)`' });
      }
    };

    return {
      assign(node) {
        if (!node.value || node.op !== null) return;
        const value = node.value;
        for (const t of node.targets) {
          if (t.kind === 'sequence' && value.kind === 'sequence' && t.elements.length === value.elements.length) {
            for (let i = 0; i < t.elements.length; i++) consider(targetIdentifier(t.elements[i]!, constString), value.elements[i]!, 'set');
          } else {
            consider(targetIdentifier(t, constString), value, 'set');
          }
        }
      },
      call(node) {
        for (const a of node.args) if (a.name) consider(a.name, a.value, 'set');
        const callee = ctx.qualifiedName(node.callee);
        if (callee === 'os.environ.setdefault') {
          const key = argument(node, 0, 'key');
          const id = key ? constString(key) : null;
          if (id) consider(id, node, 'set');
        }
        basicAuth(node);
      },
      dict(node) {
        for (const e of node.entries) if (e.key) consider(constString(e.key), e.value, 'set');
      },
      function(node) {
        for (const p of node.params) if (p.default) consider(p.name, p.default, 'set');
      },
      compare(node) {
        if (node.ops.length !== 1 || (node.ops[0] !== '==' && node.ops[0] !== '!=')) return;
        const a = node.left;
        const b = node.comparators[0]!;
        for (const [named, lit] of [
          [a, b],
          [b, a],
        ] as const) {
          if (lit.kind !== 'literal') continue;
          const id = targetIdentifier(named, constString);
          if (id) consider(id, lit, 'compare');
        }
      },
      literal(node) {
        if ((node.type !== 'str' && node.type !== 'bytes') || reported.has(node)) return;
        // A docstring is documentation: passwords in example URLs there are not reported.
        const parent = ctx.ancestors[ctx.ancestors.length - 1];
        formatHit(node, String(node.value), parent?.kind === 'expr');
      },
      template(node) {
        if (reported.has(node)) return;
        // Holes become NUL, which no credential pattern (nor a URL password) may contain.
        const text = node.parts.map((p) => (typeof p === 'string' ? p : '\u0000')).join('');
        formatHit(node, text, false);
      },
    };
  },
});
