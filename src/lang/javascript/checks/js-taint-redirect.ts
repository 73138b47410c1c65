/**
 * ## What it does
 * Untrusted input used as a redirect target: `res.redirect` (Express, Next.js), `ctx.redirect` (Koa), `reply.redirect` (Fastify), `NextResponse.redirect`, and in the browser `location.href = …`, `location.assign` / `replace`, `window.open`. An allow-list check on the host (`new URL(u).hostname` in a constant list) is recognised.
 *
 * ## Why is this bad?
 * A link to the trusted site sends the victim to the attacker's site (phishing, token theft through the referrer or OAuth flows).
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the JavaScript taint specs (src/lang/javascript/taint/*.yaml); sink class `redirect`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'js-taint-redirect',
    title: "Redirect to a URL taken from untrusted input",
    cwe: 601,
    severity: 'medium',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description: "Untrusted input used as a redirect target: `res.redirect` (Express, Next.js), `ctx.redirect` (Koa), `reply.redirect` (Fastify), `NextResponse.redirect`, and in the browser `location.href = …`, `location.assign` / `replace`, `window.open`. An allow-list check on the host (`new URL(u).hostname` in a constant list) is recognised.",
    why: "A link to the trusted site sends the victim to the attacker's site (phishing, token theft through the referrer or OAuth flows).",
    fix: "Redirect only to paths of your own site or to hosts in an allow-list (`ALLOWED_HOSTS.includes(new URL(u).hostname)`), or map a key to a fixed URL.",
    example: {
      bad: "res.redirect(req.query.next);",
      good: "const next = req.query.next;\nif (SAFE_PATHS.includes(next)) res.redirect(next);",
    },
    references: ["https://cwe.mitre.org/data/definitions/601.html", "https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html"],
    evidence: { subject: "redirect sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['redirect'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} is used as a redirect target (${flow.sink.api}).`,
  },
);
