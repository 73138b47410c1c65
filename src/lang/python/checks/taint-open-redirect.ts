/**
 * ## What it does
 * Untrusted input that reaches the target of a redirect: Flask/Werkzeug `redirect`, Django `redirect`/`HttpResponseRedirect`, Starlette `RedirectResponse`.
 *
 * ## Why is this bad?
 * A link on the trusted domain sends users to an attacker's site (phishing, token theft through the Referer or OAuth flows).
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the Python taint specs (src/lang/python/taint/*.yaml); sink class `redirect`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-open-redirect',
    title: "Redirect to a URL taken from untrusted input",
    cwe: 601,
    severity: 'medium',
    confidence: 'medium',
    languages: ['python'],
    description: "Untrusted input that reaches the target of a redirect: Flask/Werkzeug `redirect`, Django `redirect`/`HttpResponseRedirect`, Starlette `RedirectResponse`.",
    why: "A link on the trusted domain sends users to an attacker's site (phishing, token theft through the Referer or OAuth flows).",
    fix: "Redirect to internal routes (`url_for`) or check the target against an allow-list of hosts (Django: `url_has_allowed_host_and_scheme`).",
    example: {
      bad: "return redirect(request.args[\"next\"])",
      good: "nxt = request.args[\"next\"]\nif nxt not in ALLOWED_PAGES:\n    abort(400)\nreturn redirect(nxt)",
    },
    references: ["https://cwe.mitre.org/data/definitions/601.html"],
    evidence: { subject: "redirect sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['redirect'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches a redirect target (${flow.sink.api}).`,
  },
);
