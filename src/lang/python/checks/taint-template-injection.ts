/**
 * ## What it does
 * Untrusted input used as the source of a server-side template: `render_template_string`, `jinja2.Template`, `Environment.from_string`, Django `Template`.
 *
 * ## Why is this bad?
 * Template syntax in the data is evaluated by the engine: `{{ ... }}` expressions reach Python objects and lead to remote code execution.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the Python taint specs (src/lang/python/taint/*.yaml); sink class `template`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-template-injection',
    title: "Template source built from untrusted input",
    cwe: 1336,
    severity: 'critical',
    confidence: 'medium',
    languages: ['python'],
    description: "Untrusted input used as the source of a server-side template: `render_template_string`, `jinja2.Template`, `Environment.from_string`, Django `Template`.",
    why: "Template syntax in the data is evaluated by the engine: `{{ ... }}` expressions reach Python objects and lead to remote code execution.",
    fix: "Keep template sources constant and pass untrusted values as context variables: `render_template_string(\"Hello {{ name }}\", name=name)`.",
    example: {
      bad: "name = request.args[\"name\"]\nreturn render_template_string(\"Hello \" + name)",
      good: "name = request.args[\"name\"]\nreturn render_template_string(\"Hello {{ name }}\", name=name)",
    },
    references: ["https://cwe.mitre.org/data/definitions/1336.html", "https://jinja.palletsprojects.com/en/latest/sandbox/"],
    evidence: { subject: "template source sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['template'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches template source (${flow.sink.api}).`,
  },
);
