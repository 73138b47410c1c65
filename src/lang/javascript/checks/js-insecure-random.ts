/**
 * ## What it does
 * Flags `Math.random()` whose value becomes a security value: it is
 * assigned to, stored under, or returned from something named like a token,
 * password, secret, API or cryptographic key, session id, one-time code,
 * CSRF token, invite or reset code, salt, nonce or IV. The value is followed
 * through method chains and wrappers (`Math.random().toString(36).slice(2)`,
 * `Math.floor(Math.random() * 1e6)`). When its own destination says nothing,
 * the enclosing function decides: one named like a secret
 * (`generatePassword`, `createSessionId`), or a helper whose result is
 * assigned to such a name wherever it is called (`const sessionToken =
 * uuidv4()`).
 *
 * ## Why is this bad?
 * `Math.random()` is not a cryptographic generator (V8 uses xorshift128+): a
 * few outputs reveal its state, and every later value can be predicted.
 * Reset tokens, session ids or one-time codes drawn from it can be guessed.
 *
 * ## Precision
 * Names are split into words, as for Python's insecure-random (shared
 * src/analyze/secret-names.ts), so `tokenizer` or `token_count` do not count.
 * A bare `token` is ambiguous (lexers, NLP) and counts only when the value is
 * made into a string (`toString`, `join`, `slice`...). Jitter, sampling,
 * shuffles and colours are not security values and are recorded as examined.
 * `crypto.randomBytes`, `randomInt`, `randomUUID` and `getRandomValues` are the
 * fix and are never reported.
 */
import { defineCheck } from '../../../analyze/check.js';
import type { CallExpr, Node } from '../../../ir/types.js';
import { kindLabel, type SecretKind, secretKind } from '../../../analyze/secret-names.js';
import { ancestorsOf, callsByName, destinationOf, enclosingNamedFunction } from '../helpers/names.js';

const LOW_STAKES = new Set<SecretKind>(['salt', 'nonce', 'iv']);
const STRINGIFY = new Set(['toString', 'join', 'slice', 'substring', 'substr', 'padStart', 'toUpperCase', 'replace']);

export default defineCheck({
  meta: {
    id: 'js-insecure-random',
    title: 'Math.random() used for a secret',
    cwe: 338,
    severity: 'high',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description:
      '`Math.random()` values that are assigned, stored or returned as a token, password, key, session id, ' +
      'one-time code, salt, nonce or IV, directly or by a function named for one.',
    why:
      '`Math.random()` is a fast, predictable generator (xorshift128+ in V8): its state can be recovered from a ' +
      'handful of outputs, after which every token it produces can be predicted. An attacker who predicts a reset ' +
      'token, session id or one-time code takes over the account.',
    fix:
      "Use the `crypto` module: `crypto.randomBytes(32).toString('hex')`, `crypto.randomUUID()`, " +
      '`crypto.randomInt(100000, 1000000)` for codes; in browsers `crypto.getRandomValues(new Uint8Array(32))`.',
    example: {
      bad: 'const resetToken = Math.random().toString(36).slice(2);',
      good: "const resetToken = crypto.randomBytes(32).toString('hex');",
    },
    references: [
      'https://cwe.mitre.org/data/definitions/338.html',
      'https://nodejs.org/api/crypto.html#cryptorandombytessize-callback',
      'https://developer.mozilla.org/en-US/docs/Web/API/Crypto/getRandomValues',
    ],
    evidence: { subject: 'Math.random() call', clean: 'none produces a token, password, key or other secret' },
  },
  create(ctx) {
    /** The secret a value made at `node` (with these ancestors) becomes, if any. */
    const secretFor = (node: Node, ancestors: readonly Node[]): { kind: SecretKind; where: string } | null => {
      const dest = destinationOf(ctx, node, true, ancestors);
      if (!dest) return null;
      const kind = secretKind(dest.name, 'random');
      if (!kind) return null;
      if (kind === 'token' && /^_*token_*$/i.test(dest.name) && !stringified(ancestors)) return null;
      const where = dest.how === 'returned' ? `the value returned by \`${dest.name}\`` : `\`${dest.name}\``;
      return { kind, where };
    };

    return {
      call(node) {
        if (ctx.qualifiedName(node.callee) !== 'Math.random') return;
        const sink = secretFor(node, ctx.ancestors) ?? enclosingSecret(node);
        if (!sink) {
          ctx.examined(node);
          return;
        }
        ctx.report(
          node,
          `\`Math.random()\` is predictable, yet its value becomes ${sink.where} (${kindLabel(sink.kind)}); use \`crypto.randomBytes\` or \`crypto.randomInt\`.`,
          LOW_STAKES.has(sink.kind) ? { severity: 'medium' } : {},
        );
      },
    };

    /**
     * The function making the value decides when the value's own destination
     * says nothing: its name (`generatePassword`), or where its callers put
     * its result (`const sessionToken = uuidv4()`).
     */
    function enclosingSecret(_call: CallExpr): { kind: SecretKind; where: string } | null {
      const fn = enclosingNamedFunction(ctx);
      if (!fn) return null;
      const kind = secretKind(fn.name, 'random');
      // `nextToken()` in a lexer: a function's `token` needs a string-shaped value.
      if (kind && !(kind === 'token' && !stringified(ctx.ancestors))) return { kind, where: `a value made by \`${fn.name}\`` };
      for (const site of callsByName(ctx.module).get(fn.name) ?? []) {
        const found = secretFor(site, ancestorsOf(ctx.module, site));
        if (found) return { kind: found.kind, where: `${found.where}, made by \`${fn.name}\`` };
      }
      return null;
    }
  },
});

function stringified(ancestors: readonly Node[]): boolean {
  return ancestors.some(
    (a) => a.kind === 'template' || (a.kind === 'call' && a.callee.kind === 'attribute' && STRINGIFY.has(a.callee.attr)),
  );
}
