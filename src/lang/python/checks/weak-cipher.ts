/**
 * ## What it does
 * Flags broken or obsolete ciphers and the ECB mode:
 * - pycryptodome / PyCrypto (`Crypto.Cipher` and `Cryptodome.Cipher`):
 *   `DES`, `DES3`, `ARC2`, `ARC4`, `Blowfish`, `CAST`, `XOR`, `IDEA` `.new()`;
 * - `cryptography`: `algorithms.TripleDES`, `ARC4`, `Blowfish`, `CAST5`,
 *   `IDEA` (also from `cryptography.hazmat.decrepit`);
 * - `pyDes.des` / `pyDes.triple_des`;
 * - ECB: `modes.ECB()` and `<Cipher>.new(key, <Cipher>.MODE_ECB)`.
 *
 * ## Why is this bad?
 * DES keys fall to brute force; RC4's keystream is biased; 64-bit-block
 * ciphers (3DES, Blowfish, CAST5, IDEA, RC2) leak plaintext after a few
 * gigabytes under one key (Sweet32). ECB encrypts equal blocks to equal
 * ciphertext, so the structure of the plaintext shows through and blocks
 * can be cut and pasted.
 *
 * ## Precision
 * Name resolution decides identity: a local class named `DES` is not the
 * library. Legacy interoperability (decrypting old data) is still reported;
 * suppress with a reason if that is the case. TLS settings are a separate
 * check. The CWE is 327 (broken or risky algorithm): CWE has no more specific
 * entry for a deprecated standard cipher or for ECB.
 */
import { argument, type CheckContext, defineCheck, type Severity } from '../../../analyze/check.js';
import type { CallExpr } from '../../../ir/types.js';

interface Weak {
  label: string;
  severity: Severity;
  why: string;
}

const BRUTE = 'its 56-bit key can be brute-forced';
const BLOCK64 = 'its 64-bit block leaks plaintext after a few gigabytes under one key (Sweet32)';
const WEAK_ALGOS = new Map<string, Weak>([
  ['DES', { label: 'DES', severity: 'high', why: BRUTE }],
  ['DES3', { label: 'Triple DES', severity: 'medium', why: `${BLOCK64} and NIST has withdrawn it` }],
  ['TripleDES', { label: 'Triple DES', severity: 'medium', why: `${BLOCK64} and NIST has withdrawn it` }],
  ['ARC2', { label: 'RC2', severity: 'high', why: `it has related-key weaknesses and ${BLOCK64}` }],
  ['ARC4', { label: 'RC4', severity: 'high', why: 'its keystream is biased and it is prohibited in TLS (RFC 7465)' }],
  ['Blowfish', { label: 'Blowfish', severity: 'medium', why: BLOCK64 }],
  ['CAST', { label: 'CAST5', severity: 'medium', why: BLOCK64 }],
  ['CAST5', { label: 'CAST5', severity: 'medium', why: BLOCK64 }],
  ['IDEA', { label: 'IDEA', severity: 'medium', why: BLOCK64 }],
  ['XOR', { label: 'XOR "cipher"', severity: 'high', why: 'a repeating-key XOR is not encryption' }],
]);

const PYCRYPTO_PREFIXES = ['Crypto.Cipher.', 'Cryptodome.Cipher.'];
const CRYPTOGRAPHY_ALGOS = ['cryptography.hazmat.primitives.ciphers.algorithms.', 'cryptography.hazmat.decrepit.ciphers.algorithms.'];
const ECB_MODE = 'cryptography.hazmat.primitives.ciphers.modes.ECB';
const ECB_WHY = 'ECB encrypts equal plaintext blocks to equal ciphertext blocks, so patterns show and blocks can be swapped';

export default defineCheck({
  meta: {
    id: 'weak-cipher',
    title: 'Broken or obsolete cipher, or ECB mode',
    cwe: 327,
    severity: 'medium',
    confidence: 'high',
    languages: ['python'],
    description:
      'Encryption with DES, Triple DES, RC2, RC4, Blowfish, CAST5, IDEA or XOR, or with any block cipher in ECB ' +
      'mode, through pycryptodome/PyCrypto, `cryptography` or pyDes.',
    why:
      'DES keys can be brute-forced, RC4 output is biased, 64-bit-block ciphers leak plaintext on long streams ' +
      '(Sweet32), and ECB reveals which plaintext blocks are equal and lets an attacker reorder blocks.',
    fix:
      'Use an authenticated mode of AES or ChaCha20: `AESGCM` / `ChaCha20Poly1305` from ' +
      '`cryptography.hazmat.primitives.ciphers.aead`, or `AES.new(key, AES.MODE_GCM)` in pycryptodome, with a fresh ' +
      'nonce per message. Higher-level: `cryptography.fernet.Fernet`.',
    example: {
      bad: 'cipher = DES.new(key, DES.MODE_ECB)',
      good: 'cipher = AES.new(key, AES.MODE_GCM)\nciphertext, tag = cipher.encrypt_and_digest(data)',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/327.html',
      'https://cryptography.io/en/latest/hazmat/primitives/symmetric-encryption/',
      'https://www.pycryptodome.org/src/cipher/cipher',
      'https://sweet32.info/',
    ],
    evidence: { subject: 'cipher construction', clean: 'none uses a broken cipher or ECB mode' },
    aliases: { bandit: ['B304', 'B305'], ruff: ['S304', 'S305'] },
  },
  create(ctx) {
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (!name) return;
        for (const prefix of PYCRYPTO_PREFIXES) {
          if (name.startsWith(prefix) && name.endsWith('.new')) return pycryptodome(ctx, node, name.slice(prefix.length, -4));
        }
        for (const prefix of CRYPTOGRAPHY_ALGOS) {
          if (!name.startsWith(prefix)) continue;
          const algo = name.slice(prefix.length);
          const weak = WEAK_ALGOS.get(algo);
          if (weak) report(ctx, node, `\`algorithms.${algo}\``, weak);
          else ctx.examined(node, algo);
          return;
        }
        if (name === ECB_MODE) {
          ctx.report(node, `\`modes.ECB()\`: ${ECB_WHY}.`);
          return;
        }
        if (name.startsWith('cryptography.hazmat.primitives.ciphers.modes.')) {
          ctx.examined(node, `${name.slice(name.lastIndexOf('.') + 1)} mode`);
          return;
        }
        if (name === 'pyDes.des' || name === 'pyDes.triple_des') {
          report(ctx, node, `\`${name}()\``, WEAK_ALGOS.get(name === 'pyDes.des' ? 'DES' : 'DES3')!);
        }
      },
    };
  },
});

function report(ctx: CheckContext, node: CallExpr, what: string, weak: Weak, ecb = false): void {
  const mode = ecb ? ` It is also used in ECB mode: ${ECB_WHY}.` : '';
  ctx.report(node, `${what} uses ${weak.label}: ${weak.why}.${mode}`, { severity: weak.severity });
}

/** `DES.new(key, DES.MODE_ECB)`, `AES.new(key, AES.MODE_ECB)`. */
function pycryptodome(ctx: CheckContext, node: CallExpr, algo: string): void {
  const modeArg = argument(node, 1, 'mode');
  const mode = modeArg ? ctx.qualifiedName(modeArg) : null;
  const ecb = mode !== null && /\.MODE_ECB$/.test(mode);
  const weak = WEAK_ALGOS.get(algo);
  if (weak) {
    report(ctx, node, `\`${algo}.new()\``, weak, ecb);
    return;
  }
  if (ecb) {
    ctx.report(node, `\`${algo}.new(..., MODE_ECB)\`: ${ECB_WHY}.`);
    return;
  }
  const modeName = mode ? mode.slice(mode.lastIndexOf('.') + 1) : null;
  ctx.examined(node, modeName ? `${algo} ${modeName.replace('MODE_', '')}` : algo);
}
