/**
 * ## What it does
 * Untrusted input used as the pattern of `new RegExp(...)` without escaping (`escape-string-regexp`, lodash `escapeRegExp`).
 *
 * ## Why is this bad?
 * A crafted pattern such as `(a+)+$` backtracks exponentially: one request keeps the event loop busy and the whole service stops answering (ReDoS, CWE-730). The input can also change what the pattern matches.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the JavaScript taint specs (src/lang/javascript/taint/*.yaml); sink class `regex`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'js-taint-regex',
    title: "Regular expression built from untrusted input",
    cwe: 1333,
    severity: 'medium',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description: "Untrusted input used as the pattern of `new RegExp(...)` without escaping (`escape-string-regexp`, lodash `escapeRegExp`).",
    why: "A crafted pattern such as `(a+)+$` backtracks exponentially: one request keeps the event loop busy and the whole service stops answering (ReDoS, CWE-730). The input can also change what the pattern matches.",
    fix: "Escape the input before building the pattern (`new RegExp(escapeStringRegexp(term))`), or search with `includes` / `indexOf`.",
    example: {
      bad: "const re = new RegExp(req.query.q);",
      good: "const re = new RegExp(escapeStringRegexp(req.query.q));",
    },
    references: ["https://cwe.mitre.org/data/definitions/1333.html", "https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS"],
    evidence: { subject: "RegExp construction", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['regex'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} is compiled as a regular expression (${flow.sink.api}).`,
  },
);
