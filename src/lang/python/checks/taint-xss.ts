/**
 * ## What it does
 * Untrusted input written into an HTML response without escaping: the string a Flask view returns, `make_response`, `Response`, Django `HttpResponse`, `mark_safe`, FastAPI `HTMLResponse`. Returning a dict (JSON) is not a sink; `html.escape` and `markupsafe.escape` sanitize.
 *
 * ## Why is this bad?
 * Markup in the data runs as script in the victim's browser, in the site's origin: session theft, actions on the user's behalf.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the Python taint specs (src/lang/python/taint/*.yaml); sink class `xss`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-xss',
    title: "HTML response built from untrusted input",
    cwe: 79,
    severity: 'high',
    confidence: 'medium',
    languages: ['python'],
    description: "Untrusted input written into an HTML response without escaping: the string a Flask view returns, `make_response`, `Response`, Django `HttpResponse`, `mark_safe`, FastAPI `HTMLResponse`. Returning a dict (JSON) is not a sink; `html.escape` and `markupsafe.escape` sanitize.",
    why: "Markup in the data runs as script in the victim's browser, in the site's origin: session theft, actions on the user's behalf.",
    fix: "Render through a template with autoescaping (`render_template`), escape with `markupsafe.escape`/`html.escape`, or return JSON.",
    example: {
      bad: "name = request.args[\"name\"]\nreturn \"<h1>Hello \" + name + \"</h1>\"",
      good: "name = request.args[\"name\"]\nreturn \"<h1>Hello \" + escape(name) + \"</h1>\"",
    },
    references: ["https://cwe.mitre.org/data/definitions/79.html", "https://flask.palletsprojects.com/en/latest/security/#cross-site-scripting-xss"],
    evidence: { subject: "HTML response sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['xss'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches an HTML response (${flow.sink.api}).`,
  },
);
