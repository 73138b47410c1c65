/**
 * ## What it does
 * Flags weak symmetric encryption in Node's `crypto` and in crypto-js:
 * - `crypto.createCipher` / `createDecipher` (no IV; the key is derived from
 *   the password with one round of MD5; removed in Node 22);
 * - `createCipheriv` / `createDecipheriv` with DES or Triple DES, RC2, RC4,
 *   Blowfish, IDEA, CAST or any ECB mode (`'aes-128-ecb'`);
 * - crypto-js `DES`, `TripleDES`, `RC4`, `RC4Drop`, `Rabbit`-free: only the
 *   broken ones, and `mode.ECB`.
 *
 * ## Why is this bad?
 * DES keys are brute-forced in hours; 64-bit block ciphers (3DES, Blowfish)
 * leak plaintext after a few gigabytes (Sweet32); RC4's keystream is biased;
 * ECB encrypts equal blocks to equal ciphertext, so the structure of the data
 * shows through. Without an IV the same plaintext always encrypts the same.
 *
 * ## Precision
 * Only constant algorithm names are judged; an algorithm read from
 * configuration is recorded as examined. AES in CBC, CTR or GCM mode and
 * ChaCha20-Poly1305 pass.
 */
import { defineCheck } from '../../../analyze/check.js';
import { positional } from '../helpers/objects.js';

const NO_IV = new Set(['crypto.createCipher', 'crypto.createDecipher']);
const WITH_IV = new Set(['crypto.createCipheriv', 'crypto.createDecipheriv']);
const CRYPTO_JS = new Map([
  ['crypto-js.DES.encrypt', 'DES'],
  ['crypto-js.DES.decrypt', 'DES'],
  ['crypto-js.TripleDES.encrypt', 'Triple DES'],
  ['crypto-js.TripleDES.decrypt', 'Triple DES'],
  ['crypto-js.RC4.encrypt', 'RC4'],
  ['crypto-js.RC4.decrypt', 'RC4'],
  ['crypto-js.RC4Drop.encrypt', 'RC4'],
  ['crypto-js.RC4Drop.decrypt', 'RC4'],
]);

/** Why an OpenSSL cipher name is weak, or null. */
export function weakCipherReason(alg: string): string | null {
  const a = alg.toLowerCase();
  if (/^des|^3des|tripledes/.test(a)) return 'DES and Triple DES have 56-bit keys or 64-bit blocks (Sweet32)';
  if (/^rc4|^arc4/.test(a)) return 'RC4 has a biased keystream';
  if (/^rc2/.test(a)) return 'RC2 is a broken 64-bit block cipher';
  if (/^(bf|blowfish)(-|$)/.test(a)) return 'Blowfish has 64-bit blocks (Sweet32)';
  if (/^idea|^cast5?(-|$)|^cast-/.test(a)) return 'it is a legacy 64-bit block cipher';
  if (/(^|-)ecb$/.test(a)) return 'ECB mode encrypts equal blocks to equal ciphertext';
  return null;
}

export default defineCheck({
  meta: {
    id: 'js-weak-cipher',
    title: 'Weak cipher or mode (createCipher, DES, RC4, ECB)',
    cwe: 327,
    severity: 'high',
    confidence: 'high',
    languages: ['javascript', 'typescript'],
    description:
      '`crypto.createCipher`/`createDecipher` (no IV, MD5 key derivation), and `createCipheriv` or crypto-js with ' +
      'DES, Triple DES, RC2, RC4, Blowfish, IDEA, CAST or ECB mode.',
    why:
      'These ciphers and modes do not keep data confidential: DES is brute-forced, 64-bit block ciphers leak ' +
      'plaintext after enough traffic, RC4 is biased, ECB shows the structure of the plaintext, and encryption ' +
      'without an IV maps equal messages to equal ciphertexts.',
    fix:
      "Use an authenticated mode with a fresh random IV: `crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12))` " +
      '(keep the auth tag), or `chacha20-poly1305`; derive keys with `crypto.scrypt`, not from a password directly.',
    example: {
      bad: "const cipher = crypto.createCipher('aes-256-cbc', password);",
      good: "const cipher = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));",
    },
    references: [
      'https://cwe.mitre.org/data/definitions/327.html',
      'https://nodejs.org/api/deprecations.html#DEP0106',
      'https://sweet32.info/',
    ],
    evidence: { subject: 'cipher construction', clean: 'all use a modern cipher and mode with an IV' },
  },
  create(ctx) {
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (!name) return;
        if (NO_IV.has(name)) {
          const fn = name.slice('crypto.'.length);
          ctx.report(node, `\`${fn}()\` uses no IV and derives the key from the password with one MD5 round; use \`createCipheriv\` with a random IV.`);
          return;
        }
        const lib = CRYPTO_JS.get(name);
        if (lib) {
          ctx.report(node, `${lib} through crypto-js is broken; use AES (crypto-js \`AES\`) or Node's \`aes-256-gcm\`.`);
          return;
        }
        if (!WITH_IV.has(name)) return;
        const alg = positional(node)[0];
        const value = alg ? ctx.constValue(alg) : undefined;
        if (typeof value !== 'string') {
          if (alg) ctx.examined(node, 'algorithm chosen at run time');
          return;
        }
        const why = weakCipherReason(value);
        if (why) ctx.report(node, `Cipher \`${value}\` is weak: ${why}.`);
        else ctx.examined(node, value);
      },
      attribute(node) {
        if (node.attr === 'ECB' && ctx.qualifiedName(node) === 'crypto-js.mode.ECB') {
          ctx.report(node, 'crypto-js ECB mode encrypts equal blocks to equal ciphertext; use CBC or GCM with a random IV.');
        }
      },
    };
  },
});
