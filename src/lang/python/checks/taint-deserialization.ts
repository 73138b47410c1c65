/**
 * ## What it does
 * Untrusted input that reaches `pickle`/`marshal`/`dill`/`jsonpickle` loading or `yaml.load` without a safe loader.
 *
 * ## Why is this bad?
 * These formats can name any callable to run while loading: deserializing attacker data runs attacker code.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the Python taint specs (src/lang/python/taint/*.yaml); sink class `deserialize`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-deserialization',
    title: "Deserialization of untrusted input",
    cwe: 502,
    severity: 'critical',
    confidence: 'medium',
    languages: ['python'],
    description: "Untrusted input that reaches `pickle`/`marshal`/`dill`/`jsonpickle` loading or `yaml.load` without a safe loader.",
    why: "These formats can name any callable to run while loading: deserializing attacker data runs attacker code.",
    fix: "Use a data-only format (`json.loads`) or `yaml.safe_load`; if objects must be exchanged, sign them and verify before loading.",
    example: {
      bad: "data = request.get_data()\nobj = pickle.loads(data)",
      good: "data = request.get_data()\nobj = json.loads(data)",
    },
    references: ["https://cwe.mitre.org/data/definitions/502.html", "https://docs.python.org/3/library/pickle.html"],
    evidence: { subject: "deserialization sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['deserialize'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches deserialization (${flow.sink.api}).`,
  },
);
