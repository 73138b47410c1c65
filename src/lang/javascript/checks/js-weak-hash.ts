/**
 * ## What it does
 * Flags `crypto.createHash(alg)` and `crypto.hash(alg, data)` with MD2, MD4,
 * MD5 or SHA-1 (any spelling Node accepts: `'md5'`, `'RSA-SHA1'`,
 * `'sha-1'`). When the hashed data is named like a password
 * (`.update(password)`), the finding says so and carries CWE-916, as does
 * `crypto.pbkdf2`/`pbkdf2Sync` with fewer than 10,000 iterations.
 *
 * ## Why is this bad?
 * Practical collision attacks exist for MD5 and SHA-1, so signatures,
 * integrity checks and tokens built on them can be forged; and any fast hash
 * of a password is cracked offline at billions of guesses per second.
 *
 * ## Precision
 * JavaScript has no `usedforsecurity=False` (the Python check's way to
 * declare a non-security use), so the name the digest is given declares it:
 * a digest assigned to, stored under or returned as an ETag, cache key,
 * checksum, shard or bucket, or a Gravatar hash (a protocol that mandates
 * MD5), is recorded as examined, not reported. HMACs are not hashes of
 * secrets alone and are left to other checks.
 */
import { defineCheck } from '../../../analyze/check.js';
import { constOf } from '../../../analyze/local-value.js';
import { identifierWords, secretKind } from '../../../analyze/secret-names.js';
import type { CallExpr, Expr, Node } from '../../../ir/types.js';
import { destinationOf } from '../helpers/names.js';
import { positional } from '../helpers/objects.js';

const WEAK: Record<string, string> = { md2: 'MD2', md4: 'MD4', md5: 'MD5', sha1: 'SHA-1', rsamd5: 'MD5', rsasha1: 'SHA-1', rsamd4: 'MD4' };
const HASHERS = new Set(['crypto.createHash', 'crypto.hash']);
const PBKDF2 = new Set(['crypto.pbkdf2', 'crypto.pbkdf2Sync']);
/** Below this many PBKDF2 iterations a password falls to offline guessing (OWASP asks for 600,000 with SHA-256). */
export const MIN_PBKDF2_ITERATIONS = 10_000;
/** Words saying the digest is an identifier, not a security control. */
const NON_SECURITY = new Set(['etag', 'cache', 'cachekey', 'checksum', 'shard', 'bucket', 'partition', 'gravatar', 'dedupe', 'dedup']);

export default defineCheck({
  meta: {
    id: 'js-weak-hash',
    title: 'Weak hash algorithm (MD5, SHA-1)',
    cwe: 328,
    severity: 'medium',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description:
      "`crypto.createHash` / `crypto.hash` with MD2, MD4, MD5 or SHA-1, unless the digest is named as a cache key, " +
      'ETag or checksum; passwords hashed this way, and PBKDF2 with under 10,000 iterations, are reported as CWE-916.',
    why:
      'Practical collision attacks exist for MD5 and SHA-1, so signatures, integrity checks or content addresses ' +
      'built on them can be forged with a second, attacker-chosen input. A password hashed with any fast hash is ' +
      'recovered offline by brute force.',
    fix:
      "Use SHA-256 or better (`crypto.createHash('sha256')`); for passwords use a slow, salted KDF " +
      '(`crypto.scrypt`, `crypto.pbkdf2` with a high iteration count, bcrypt or argon2).',
    example: {
      bad: "const digest = crypto.createHash('md5').update(password).digest('hex');",
      good: 'const digest = crypto.scryptSync(password, salt, 64);',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/328.html',
      'https://cwe.mitre.org/data/definitions/916.html',
      'https://nodejs.org/api/crypto.html#cryptocreatehashalgorithm-options',
    ],
    evidence: { subject: 'hash construction', clean: 'none uses MD5, SHA-1 or weaker for security' },
  },
  create(ctx) {
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (name && PBKDF2.has(name)) {
          const iterations = positional(node)[2];
          const n = iterations ? constOf(ctx, iterations) : undefined;
          if (typeof n === 'number' && n < MIN_PBKDF2_ITERATIONS) {
            ctx.report(node, `PBKDF2 with ${n} iterations is fast to brute-force; use at least ${MIN_PBKDF2_ITERATIONS.toLocaleString('en-US')} (OWASP: 600,000 with SHA-256), or scrypt.`, {
              cwe: 916,
              severity: 'high',
            });
          } else ctx.examined(node, 'PBKDF2');
          return;
        }
        if (!name || !HASHERS.has(name)) return;
        const alg = positional(node)[0];
        const value = alg ? ctx.constValue(alg) : undefined;
        if (typeof value !== 'string') return;
        const normalized = value.toLowerCase().replace(/[-_]/g, '');
        const weak = Object.hasOwn(WEAK, normalized) ? WEAK[normalized] : undefined;
        if (!weak) {
          ctx.examined(node, value);
          return;
        }
        const dest = destinationOf(ctx, node, true);
        if (dest && identifierWords(dest.name).some((w) => NON_SECURITY.has(w))) {
          ctx.examined(node, `${weak} as ${dest.name} (not a security control)`);
          return;
        }
        const hashed = name === 'crypto.hash' ? positional(node)[1] : updatedWith(node, ctx.ancestors);
        const hashedName = hashed ? identifierOf(hashed) : null;
        if (hashedName && secretKind(hashedName, 'hardcoded') === 'password') {
          ctx.report(node, `\`${hashedName}\` is hashed with ${weak}, a fast hash: the password is recovered offline by brute force.`, {
            cwe: 916,
            severity: 'high',
          });
          return;
        }
        ctx.report(node, `${weak} is broken: collisions can be computed, so this digest cannot protect anything.`);
      },
    };
  },
});

/** The data passed to `.update()` right after the hash is made: `createHash('md5').update(data)`. */
function updatedWith(hash: CallExpr, ancestors: readonly Node[]): Expr | null {
  const parent = ancestors[ancestors.length - 1];
  const grand = ancestors[ancestors.length - 2];
  if (parent?.kind === 'attribute' && parent.object === hash && parent.attr === 'update' && grand?.kind === 'call' && grand.callee === parent) {
    return positional(grand)[0] ?? null;
  }
  return null;
}

/** The identifier an expression reads (`password`, `user.password`, `salt + password`'s last name). */
function identifierOf(e: Expr): string | null {
  if (e.kind === 'name') return e.id;
  if (e.kind === 'attribute') return e.attr;
  if (e.kind === 'binary') return identifierOf(e.right) ?? identifierOf(e.left);
  if (e.kind === 'template') {
    for (const p of [...e.parts].reverse()) if (typeof p !== 'string') return identifierOf(p);
  }
  return null;
}
