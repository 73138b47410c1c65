/**
 * ## What it does
 * Flags MD2, MD4, MD5 and SHA-1 digests: `hashlib.md5()`, `hashlib.sha1()`,
 * `hashlib.new("md5")`, `hashlib.file_digest(f, "sha1")`, pycryptodome's
 * `Crypto.Hash.MD5.new()` (and `Cryptodome.*`), and the `cryptography`
 * package's `hashes.MD5()` / `hashes.SHA1()`.
 *
 * ## Why is this bad?
 * Collisions for MD5 take seconds and for SHA-1 are practical (SHAttered,
 * 2017). A signature, certificate, integrity check or deduplication key that
 * relies on one of them can be satisfied by two different inputs of the
 * attacker's choosing. (Passwords need a slow, salted KDF in any case.)
 *
 * ## Precision
 * `usedforsecurity=False` (Python 3.9+) declares a non-security use, such as
 * a cache key or a protocol-mandated checksum, and is not reported. In the
 * `cryptography` package, SHA-1 or MD5 passed directly to HMAC, a KDF, OAEP,
 * MGF1 or HOTP/TOTP is not reported: those constructions do not rely on
 * collision resistance. HMAC via `hmac.new(key, msg, hashlib.md5)` passes
 * the constructor without calling it and is not reported either. Whether an
 * unmarked digest protects anything cannot be seen, hence medium confidence.
 * A digest of a password-named value is left to `weak-password-hash` (CWE-916).
 */
import { argument, type CheckContext, defineCheck, hasKeywordSpread } from '../../../analyze/check.js';
import type { CallExpr, Expr } from '../../../ir/types.js';
import { passwordDigest } from '../helpers/password-input.js';

const WEAK_NAMES = new Map<string, string>([
  ['md2', 'MD2'],
  ['md4', 'MD4'],
  ['md5', 'MD5'],
  ['sha', 'SHA-1'],
  ['sha1', 'SHA-1'],
  ['md5-sha1', 'MD5-SHA1'],
  ['md5_sha1', 'MD5-SHA1'],
]);

/** Constructors whose name says the algorithm. */
const DIRECT = new Map<string, string>([
  ['hashlib.md5', 'MD5'],
  ['hashlib.sha1', 'SHA-1'],
  ['hashlib.md4', 'MD4'],
  ['hashlib.sha', 'SHA-1'],
  ['md5.new', 'MD5'],
  ['md5.md5', 'MD5'],
  ['sha.new', 'SHA-1'],
  ['sha.sha', 'SHA-1'],
]);
for (const pkg of ['Crypto', 'Cryptodome']) {
  for (const [mod, algo] of [
    ['MD2', 'MD2'],
    ['MD4', 'MD4'],
    ['MD5', 'MD5'],
    ['SHA', 'SHA-1'],
    ['SHA1', 'SHA-1'],
  ] as const) {
    DIRECT.set(`${pkg}.Hash.${mod}.new`, algo);
  }
}
const CRYPTOGRAPHY_HASHES = 'cryptography.hazmat.primitives.hashes.';
DIRECT.set(`${CRYPTOGRAPHY_HASHES}MD5`, 'MD5');
DIRECT.set(`${CRYPTOGRAPHY_HASHES}SHA1`, 'SHA-1');

const STRONG =
  /^(hashlib\.(sha(224|256|384|512)|sha3_\d+|blake2[bs]|shake_\d+)|cryptography\.hazmat\.primitives\.hashes\.(SHA(224|256|384|512|512_224|512_256)|SHA3_\d+|BLAKE2[bs]|SHAKE\d+|SM3))$/;

/** `cryptography` constructions that do not need collision resistance from their hash. */
const COLLISION_FREE_USERS = [
  'cryptography.hazmat.primitives.hmac.HMAC',
  'cryptography.hazmat.primitives.asymmetric.padding.OAEP',
  'cryptography.hazmat.primitives.asymmetric.padding.MGF1',
  'cryptography.hazmat.primitives.kdf.',
  'cryptography.hazmat.primitives.twofactor.',
];

export default defineCheck({
  meta: {
    id: 'weak-hash',
    title: 'Weak hash algorithm (MD5, SHA-1)',
    cwe: 328,
    severity: 'medium',
    confidence: 'medium',
    languages: ['python'],
    description:
      'Uses of MD2, MD4, MD5 or SHA-1 through `hashlib`, pycryptodome or `cryptography`, unless marked ' +
      '`usedforsecurity=False`.',
    why:
      'Practical collision attacks exist for MD5 and SHA-1, so signatures, integrity checks, certificate ' +
      'fingerprints or content addresses built on them can be forged with a second, attacker-chosen input.',
    fix:
      'Use SHA-256 or better (`hashlib.sha256`, `hashlib.blake2b`). If the digest is not a security control ' +
      '(a cache key, a checksum a protocol demands), say so with `hashlib.md5(data, usedforsecurity=False)`. ' +
      'For passwords use a slow KDF such as `hashlib.scrypt` or argon2.',
    example: {
      bad: 'digest = hashlib.md5(upload).hexdigest()',
      good: 'digest = hashlib.sha256(upload).hexdigest()',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/328.html',
      'https://docs.python.org/3/library/hashlib.html#hashlib.new',
      'https://cryptography.io/en/latest/hazmat/primitives/cryptographic-hashes/',
    ],
    evidence: { subject: 'hash construction', clean: 'none uses MD5, SHA-1 or weaker for security' },
    aliases: { bandit: ['B303', 'B324'], ruff: ['S303', 'S324'] },
  },
  create(ctx) {
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (!name) return;
        let algo = DIRECT.get(name);
        if (!algo && name === 'hashlib.new') {
          const which = argument(node, 0, 'name');
          algo = which ? weakByName(ctx, which) : undefined;
          if (!algo) return recordStrong(ctx, node, which);
        }
        if (!algo && name === 'hashlib.file_digest') {
          const which = argument(node, 1, 'digest');
          algo = which ? (weakByName(ctx, which) ?? DIRECT.get(ctx.qualifiedName(which) ?? '')) : undefined;
          if (!algo) return recordStrong(ctx, node, which);
        }
        if (!algo) {
          if (STRONG.test(name)) ctx.examined(node, 'strong algorithm');
          return;
        }
        const flag = argument(node, null, 'usedforsecurity');
        if (flag) {
          const v = ctx.constValue(flag);
          if (v === undefined) return; // decided at run time
          if (v === false || v === 0 || v === null) {
            ctx.examined(node, 'usedforsecurity=False');
            return;
          }
        } else if (hasKeywordSpread(node)) {
          return;
        }
        if (name.startsWith(CRYPTOGRAPHY_HASHES)) {
          const user = enclosingCall(ctx, node);
          const userName = user ? ctx.qualifiedName(user.callee) : null;
          if (userName && COLLISION_FREE_USERS.some((p) => (p.endsWith('.') ? userName.startsWith(p) : userName === p))) {
            ctx.examined(node, 'inside HMAC, a KDF or OAEP');
            return;
          }
        }
        if (passwordDigest(ctx, node, name)) {
          ctx.examined(node, 'password input: reported by weak-password-hash (CWE-916)');
          return;
        }
        ctx.report(node, `${algo} is broken for collision resistance; \`${name}()\` should not protect signatures, integrity or identity.`);
      },
    };
  },
});

function weakByName(ctx: CheckContext, expr: Expr): string | undefined {
  const v = ctx.constValue(expr);
  return typeof v === 'string' ? WEAK_NAMES.get(v.toLowerCase()) : undefined;
}

function recordStrong(ctx: CheckContext, node: CallExpr, which: Expr | null): void {
  if (which && ctx.constValue(which) !== undefined) ctx.examined(node, 'strong algorithm');
}

/** The call that `node` is directly an argument of, if any. */
function enclosingCall(ctx: CheckContext, node: CallExpr): CallExpr | null {
  const parent = ctx.ancestors[ctx.ancestors.length - 1];
  if (parent?.kind === 'call' && parent.args.some((a) => a.value === node)) return parent;
  return null;
}
