/**
 * ## What it does
 * Flags `jwt.verify(token, key)` from `jsonwebtoken` without an
 * `algorithms` list: no options at all, a callback in the options' place, or
 * an options object (inline or a constant) that does not set `algorithms`.
 *
 * ## Why is this bad?
 * The token's own header then chooses how it is checked. With a public key,
 * older versions verify an HS256 token using the public key as the HMAC
 * secret, which anyone can do (algorithm confusion); a key lookup callback
 * may accept algorithms it was never meant to. Pinning the algorithms is the
 * library's own recommendation.
 *
 * ## Precision
 * Options passed as a value the check cannot see (a parameter, a call) are
 * recorded as examined, not reported; so are options spread from elsewhere.
 */
import { defineCheck } from '../../../analyze/check.js';
import { JWT_VERIFY } from '../helpers/jwt.js';
import { objectOf, option, positional } from '../helpers/objects.js';

export default defineCheck({
  meta: {
    id: 'js-jwt-verify-without-algorithms',
    title: 'JWT verified without pinning the algorithm',
    cwe: 347,
    severity: 'high',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description: '`jsonwebtoken` `verify()` calls whose options do not list the accepted `algorithms`.',
    why:
      "Without an `algorithms` list the token's header picks the algorithm. With an RSA or EC public key this opens " +
      'algorithm confusion (an HS256 token signed with the public key as secret), and a key-lookup callback may ' +
      'accept keys and algorithms it was never meant to, so forged tokens pass as valid.',
    fix: "Pass the algorithms you issue: `jwt.verify(token, publicKey, { algorithms: ['RS256'] })`.",
    example: {
      bad: 'const claims = jwt.verify(token, publicKey);',
      good: "const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });",
    },
    references: [
      'https://cwe.mitre.org/data/definitions/347.html',
      'https://github.com/auth0/node-jsonwebtoken#jwtverifytoken-secretorpublickey-options-callback',
      'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
    ],
    evidence: { subject: 'JWT verification', clean: 'each pins the accepted algorithms' },
  },
  create(ctx) {
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (!name || !JWT_VERIFY.has(name)) return;
        const args = positional(node);
        if (node.args.some((a) => a.spread)) {
          ctx.examined(node, 'arguments spread');
          return;
        }
        const opts = args[2];
        if (!opts || opts.kind === 'function') {
          ctx.report(node, '`jwt.verify()` is called without options, so the token header chooses the algorithm; pass `{ algorithms: [...] }`.');
          return;
        }
        const obj = objectOf(ctx, opts);
        if (!obj) {
          ctx.examined(node, 'options computed elsewhere');
          return;
        }
        const algorithms = option(ctx, obj, 'algorithms');
        if (algorithms.state === 'absent') {
          ctx.report(node, '`jwt.verify()` options do not list `algorithms`, so the token header chooses the algorithm.');
          return;
        }
        ctx.examined(node, algorithms.state === 'set' ? 'algorithms pinned' : 'options spread from elsewhere');
      },
    };
  },
});
