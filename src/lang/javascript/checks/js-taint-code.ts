/**
 * ## What it does
 * Untrusted input that reaches `eval`, `Function` / `new Function`, `vm.runInContext` / `runInNewContext` / `runInThisContext` / `new vm.Script`, or a string passed to `setTimeout` / `setInterval`.
 *
 * ## Why is this bad?
 * Evaluated text runs with all the rights of the process (or the page): the attacker's code reads secrets, the file system and other users' data.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the JavaScript taint specs (src/lang/javascript/taint/*.yaml); sink class `code`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'js-taint-code',
    title: "Code evaluated from untrusted input",
    cwe: 95,
    severity: 'critical',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description: "Untrusted input that reaches `eval`, `Function` / `new Function`, `vm.runInContext` / `runInNewContext` / `runInThisContext` / `new vm.Script`, or a string passed to `setTimeout` / `setInterval`.",
    why: "Evaluated text runs with all the rights of the process (or the page): the attacker's code reads secrets, the file system and other users' data.",
    fix: "Do not evaluate input. Parse data with `JSON.parse`, dispatch on an allow-list of operations, and pass functions, not strings, to timers.",
    example: {
      bad: "const expr = req.body.expr;\nres.send(String(eval(expr)));",
      good: "const n = Number(req.body.n);\nres.send(String(n * 2));",
    },
    references: ["https://cwe.mitre.org/data/definitions/95.html", "https://nodejs.org/api/vm.html#vm-executing-javascript"],
    evidence: { subject: "code evaluation sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['code'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} is evaluated as code (${flow.sink.api}).`,
  },
);
