/**
 * ## What it does
 * Untrusted input (Express, Koa, Fastify, Next.js or Node http request data, command-line arguments, postMessage data) that reaches a shell command (`child_process.exec`, `execSync`), the program of `spawn`/`execFile`/`fork`, or their arguments when an options object sets `shell: true`, followed through assignments, string building, destructuring, containers and same-file functions.
 *
 * ## Why is this bad?
 * A shell interprets `;`, `|`, `$(...)`, backticks and quotes: whoever controls part of the command line runs their own commands with the privileges of the service.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the JavaScript taint specs (src/lang/javascript/taint/*.yaml); sink class `command`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'js-taint-command',
    title: "OS command built from untrusted input",
    cwe: 78,
    severity: 'critical',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description: "Untrusted input (Express, Koa, Fastify, Next.js or Node http request data, command-line arguments, postMessage data) that reaches a shell command (`child_process.exec`, `execSync`), the program of `spawn`/`execFile`/`fork`, or their arguments when an options object sets `shell: true`, followed through assignments, string building, destructuring, containers and same-file functions.",
    why: "A shell interprets `;`, `|`, `$(...)`, backticks and quotes: whoever controls part of the command line runs their own commands with the privileges of the service.",
    fix: "Run the program with `execFile`/`spawn` and an argument array, without `shell: true`, and keep the program constant (`execFile('ping', ['-c', '1', host])`); or check the value against an allow-list.",
    example: {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text
      bad: "const host = req.query.host;\nexec(`ping -c 1 ${host}`);",
      good: "const host = req.query.host;\nexecFile('ping', ['-c', '1', host]);",
    },
    references: ["https://cwe.mitre.org/data/definitions/78.html", "https://nodejs.org/api/child_process.html#spawning-bat-and-cmd-files-on-windows"],
    evidence: { subject: "OS command sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['command'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches an OS command (${flow.sink.api}).`,
  },
);
