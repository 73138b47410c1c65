/**
 * ## What it does
 * Flags a fast hash (MD5, SHA-1, the SHA-2 and SHA-3 families, BLAKE2)
 * applied to a password: `hashlib.sha256(password.encode())`,
 * `hashlib.md5(salt + pwd)`, `hashlib.new("sha1", passwd)`, pycryptodome's
 * `SHA256.new(password)`, and `h.update(password)` on such a hash object.
 *
 * ## Why is this bad?
 * These hashes are designed to be fast: a GPU tries billions of guesses per
 * second, so a leaked table of password digests (even salted) is cracked for
 * all but the strongest passwords. Password storage needs a deliberately slow,
 * salted key-derivation function.
 *
 * ## Precision
 * A password is recognised by name (`password`, `passwd`, `pwd`,
 * `passphrase`…, split into words: `password_hash` or `hashed_password`
 * describe a digest, not the password, and do not count) in the hashed
 * expression, also through `.encode()`, `str()`, concatenation with a salt,
 * f-strings and `request.form["password"]` / `.get("password")`. A digest
 * computed in a loop is taken as a hand-rolled key stretch and not reported.
 * `hashlib.pbkdf2_hmac`, `hashlib.scrypt`, bcrypt, argon2, passlib and
 * `werkzeug.security.generate_password_hash` are the fix and never match.
 * MD5/SHA-1 of a password is reported here (CWE-916) and not by `weak-hash`.
 */
import { defineCheck } from '../../../analyze/check.js';
import { fastHashAlgorithm, insideLoop, passwordDigest, passwordName } from '../helpers/password-input.js';
import { originCall } from './_local-value-util.js';

export default defineCheck({
  meta: {
    id: 'weak-password-hash',
    title: 'Password hashed with a fast hash',
    cwe: 916,
    severity: 'high',
    confidence: 'medium',
    languages: ['python'],
    description:
      'A password passed to a fast digest (MD5, SHA-1, SHA-2, SHA-3, BLAKE2) instead of a slow, salted key-derivation ' +
      'function.',
    why:
      'Fast hashes let an attacker who obtains the stored digests test billions of guesses per second on a GPU; ' +
      'salting does not slow that down, so most passwords are recovered.',
    fix:
      'Use a password hashing function with a work factor: `argon2-cffi`, `bcrypt`, `hashlib.scrypt`, ' +
      '`hashlib.pbkdf2_hmac("sha256", pw, salt, 600_000)`, or `werkzeug.security.generate_password_hash` / ' +
      'Django\'s `make_password`.',
    example: {
      bad: 'stored = hashlib.sha256(salt + password.encode()).hexdigest()',
      good: 'stored = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/916.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
      'https://docs.python.org/3/library/hashlib.html#key-derivation',
    ],
    evidence: { subject: 'digest of a password', clean: 'none uses a fast hash without key stretching' },
  },
  create(ctx) {
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (name) {
          const hit = passwordDigest(ctx, node, name);
          if (hit) {
            ctx.report(
              node,
              `Password \`${hit.password}\` is hashed with ${hit.algorithm.toUpperCase()}, a fast hash: stored digests can be brute-forced at GPU speed. Use a slow KDF (argon2, bcrypt, scrypt, PBKDF2).`,
            );
            return;
          }
          if (/^hashlib\.(pbkdf2_hmac|scrypt)$/.test(name) || /^(bcrypt|argon2|passlib)\./.test(name) || name === 'werkzeug.security.generate_password_hash') {
            ctx.examined(node, 'key-derivation function');
          }
          return;
        }
        // h = hashlib.sha256(); h.update(password)
        if (node.callee.kind !== 'attribute' || node.callee.attr !== 'update') return;
        const data = node.args.find((a) => a.name === null && !a.spread)?.value;
        if (!data) return;
        const origin = originCall(ctx, node.callee.object);
        let algo = origin?.qname ? fastHashAlgorithm(origin.qname) : null;
        if (origin?.qname === 'hashlib.new') {
          const which = origin.call.args.find((a) => a.name === 'name' || (a.name === null && !a.spread))?.value;
          const v = which ? ctx.constValue(which) : undefined;
          algo = typeof v === 'string' && /^(md|sha|blake|sm3|ripemd)/i.test(v) ? v : null;
        }
        if (!algo) return;
        const password = passwordName(ctx, data);
        if (!password || insideLoop(ctx)) return;
        ctx.report(
          node,
          `Password \`${password}\` is fed to ${algo.toUpperCase()}, a fast hash: stored digests can be brute-forced at GPU speed. Use a slow KDF (argon2, bcrypt, scrypt, PBKDF2).`,
        );
      },
    };
  },
});
