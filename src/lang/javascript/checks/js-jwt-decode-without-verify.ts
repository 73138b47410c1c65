/**
 * ## What it does
 * Flags `jwt.decode(token)` (jsonwebtoken), `jose.decodeJwt(token)` and
 * `jwtDecode(token)` in a server-side function that never verifies a token
 * (no `jwt.verify`, `jose.jwtVerify` or other verifier in the same
 * function).
 *
 * ## Why is this bad?
 * Decoding reads the claims without checking the signature. Whatever a
 * client writes into the token (another subject, an admin role) is then
 * believed.
 *
 * ## Precision
 * Decoding to read the header before verifying (`decode(token, { complete:
 * true })` to pick the key by `kid`, then `verify`) is fine: any verifier call
 * in the same function clears it. Browser code (files that use `window` or
 * `document`) reads its own tokens for display and is not reported.
 */
import { defineCheck } from '../../../analyze/check.js';
import type { Node } from '../../../ir/types.js';
import { walkTree } from '../../../ir/walk.js';
import { JWT_DECODE, JWT_VERIFIERS } from '../helpers/jwt.js';
import { enclosingAnyFunction } from '../helpers/names.js';

export default defineCheck({
  meta: {
    id: 'js-jwt-decode-without-verify',
    title: 'JWT claims trusted without verifying the signature',
    cwe: 347,
    severity: 'high',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description: '`jwt.decode()`, `jose.decodeJwt()` or `jwtDecode()` in a server function that never verifies a token.',
    why:
      "Decoding does not check the signature: a client can write any subject, role or expiry into the token and the " +
      'code believes it.',
    fix: "Verify instead of decoding: `jwt.verify(token, key, { algorithms: ['RS256'] })` or `await jose.jwtVerify(token, JWKS)`.",
    example: {
      bad: "const claims = jwt.decode(token);\nif (claims.role === 'admin') grantAccess();",
      good: "const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });\nif (claims.role === 'admin') grantAccess();",
    },
    references: ['https://cwe.mitre.org/data/definitions/347.html', 'https://github.com/auth0/node-jsonwebtoken#jwtdecodetoken--options'],
    evidence: { subject: 'JWT decode', clean: 'each is followed by a signature check in the same function' },
  },
  create(ctx) {
    let browser: boolean | null = null;
    const isBrowser = () => {
      if (browser === null) {
        browser = false;
        for (const s of ctx.module.body) {
          walkTree(s as Node, (n) => {
            if (n.kind === 'name' && (n.id === 'window' || n.id === 'document' || n.id === 'localStorage')) browser = true;
          });
        }
      }
      return browser;
    };
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (!name || !JWT_DECODE.has(name)) return;
        const fn = enclosingAnyFunction(ctx);
        const scope = fn ? fn.body : ctx.module.body;
        let verified = false;
        for (const s of scope) {
          walkTree(s as Node, (n) => {
            if (n.kind === 'call' && JWT_VERIFIERS.has(ctx.qualifiedName(n.callee) ?? '')) verified = true;
          });
        }
        if (verified) {
          ctx.examined(node, 'verified in the same function');
          return;
        }
        if (isBrowser()) {
          ctx.examined(node, 'browser code');
          return;
        }
        ctx.report(node, 'The token is decoded but its signature is never checked here, so its claims are whatever the client wrote.');
      },
    };
  },
});
