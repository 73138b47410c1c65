/**
 * ## What it does
 * Untrusted input that reaches `eval`, `exec` (CWE-95) or `compile` (CWE-94), followed through assignments, string building, containers and same-file functions.
 *
 * ## Why is this bad?
 * The text runs as Python with the full authority of the program: an attacker who controls it runs arbitrary code.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the Python taint specs (src/lang/python/taint/*.yaml); sink class `code`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-code-injection',
    title: "Code evaluated from untrusted input",
    cwe: 95,
    severity: 'critical',
    confidence: 'medium',
    languages: ['python'],
    description: "Untrusted input that reaches `eval`, `exec` (CWE-95) or `compile` (CWE-94), followed through assignments, string building, containers and same-file functions.",
    why: "The text runs as Python with the full authority of the program: an attacker who controls it runs arbitrary code.",
    fix: "Parse data instead of running it: `ast.literal_eval` for literals, `json.loads` for JSON, or a dispatch table from allowed names to functions.",
    example: {
      bad: "expr = request.args[\"expr\"]\nresult = eval(expr)",
      good: "expr = request.args[\"expr\"]\nresult = ast.literal_eval(expr)",
    },
    references: ["https://cwe.mitre.org/data/definitions/95.html", "https://cwe.mitre.org/data/definitions/94.html"],
    evidence: { subject: "code evaluation sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['code'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches code evaluation (${flow.sink.api}).`,
  },
);
