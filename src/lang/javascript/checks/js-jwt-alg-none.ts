/**
 * ## What it does
 * Flags JSON Web Tokens that are made or accepted without a signature:
 * - `jwt.sign(payload, key, { algorithm: 'none' })` (jsonwebtoken);
 * - `jwt.verify(token, key, { algorithms: [..., 'none'] })`;
 * - jose's `UnsecuredJWT` (encoding or decoding unsigned tokens).
 *
 * ## Why is this bad?
 * An unsigned token is a claim anyone can write: whoever accepts `none`
 * accepts a token whose role, subject and expiry the client chose.
 *
 * ## Precision
 * Only the constant `'none'` (any case) counts; the algorithm lists are
 * read inline or through a constant.
 */
import { defineCheck } from '../../../analyze/check.js';
import { constOf } from '../../../analyze/local-value.js';
import type { Expr } from '../../../ir/types.js';
import { JWT_SIGN, JWT_VERIFY } from '../helpers/jwt.js';
import { objectOf, option, positional } from '../helpers/objects.js';
import type { CheckContext } from '../../../analyze/check.js';
import { followName } from '../../../analyze/local-value.js';

const isNone = (ctx: CheckContext, e: Expr) => {
  const v = constOf(ctx, e);
  return typeof v === 'string' && v.toLowerCase() === 'none';
};

export default defineCheck({
  meta: {
    id: 'js-jwt-alg-none',
    title: "JWT signed or accepted with algorithm 'none'",
    cwe: 347,
    severity: 'critical',
    confidence: 'high',
    languages: ['javascript', 'typescript'],
    description: "`jwt.sign` with `algorithm: 'none'`, `jwt.verify` accepting `'none'`, and jose's `UnsecuredJWT`.",
    why:
      "A token with algorithm `none` carries no signature. Accepting one means accepting any claims a client writes " +
      '(another user, an admin role, no expiry); issuing one hands out tokens anyone can forge.',
    fix: "Sign with a real algorithm (`{ algorithm: 'RS256' }` or `'HS256'` with a strong secret) and verify with `algorithms` listing only it.",
    example: {
      bad: "const token = jwt.sign(claims, '', { algorithm: 'none' });",
      good: "const token = jwt.sign(claims, privateKey, { algorithm: 'RS256' });",
    },
    references: [
      'https://cwe.mitre.org/data/definitions/347.html',
      'https://auth0.com/blog/critical-vulnerabilities-in-json-web-token-libraries/',
      'https://github.com/panva/jose/blob/main/docs/jwt/unsecured/classes/UnsecuredJWT.md',
    ],
    evidence: { subject: 'JWT signing or verification', clean: "none uses algorithm 'none'" },
  },
  create(ctx) {
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (!name) return;
        if (name === 'jose.UnsecuredJWT' || name === 'jose.UnsecuredJWT.decode') {
          ctx.report(node, '`UnsecuredJWT` makes or reads tokens with no signature; anyone can write their claims.');
          return;
        }
        const isSign = JWT_SIGN.has(name);
        if (!isSign && !JWT_VERIFY.has(name)) return;
        const obj = objectOf(ctx, positional(node)[2]);
        if (!obj) return;
        if (isSign) {
          const alg = option(ctx, obj, 'algorithm');
          if (alg.state === 'set' && isNone(ctx, alg.value)) ctx.report(node, "`jwt.sign()` with `algorithm: 'none'` issues unsigned tokens that anyone can forge.");
          else ctx.examined(node);
          return;
        }
        const algs = option(ctx, obj, 'algorithms');
        const list = algs.state === 'set' ? followName(ctx, algs.value) : null;
        if (list?.kind === 'sequence' && list.elements.some((e) => isNone(ctx, e))) {
          ctx.report(node, "`jwt.verify()` accepts `'none'`: a token without a signature passes as valid.");
        } else ctx.examined(node);
      },
    };
  },
});
