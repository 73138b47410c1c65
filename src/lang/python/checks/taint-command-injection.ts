/**
 * ## What it does
 * Untrusted input (request data, URL parameters, command-line arguments, console or socket input) that reaches a shell command (`os.system`, `os.popen`, `subprocess` with `shell=True`) or the program of a `subprocess` argument list, followed through assignments, string building, containers and same-file functions.
 *
 * ## Why is this bad?
 * A shell interprets `;`, `|`, `$(...)` and quotes: whoever controls part of the command line runs their own commands with the privileges of the service.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the Python taint specs (src/lang/python/taint/*.yaml); sink class `command`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-command-injection',
    title: "OS command built from untrusted input",
    cwe: 78,
    severity: 'critical',
    confidence: 'medium',
    languages: ['python'],
    description: "Untrusted input (request data, URL parameters, command-line arguments, console or socket input) that reaches a shell command (`os.system`, `os.popen`, `subprocess` with `shell=True`) or the program of a `subprocess` argument list, followed through assignments, string building, containers and same-file functions.",
    why: "A shell interprets `;`, `|`, `$(...)` and quotes: whoever controls part of the command line runs their own commands with the privileges of the service.",
    fix: "Pass an argument list without `shell=True` and keep the program constant (`subprocess.run([\"ping\", \"-c\", \"1\", host])`); quote with `shlex.quote` only when a shell is unavoidable; or check the value against an allow-list.",
    example: {
      bad: "host = request.args[\"host\"]\nos.system(\"ping -c 1 \" + host)",
      good: "host = request.args[\"host\"]\nsubprocess.run([\"ping\", \"-c\", \"1\", host], check=True)",
    },
    references: ["https://cwe.mitre.org/data/definitions/78.html", "https://docs.python.org/3/library/subprocess.html#security-considerations"],
    evidence: { subject: "OS command sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['command'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches an OS command (${flow.sink.api}).`,
  },
);
