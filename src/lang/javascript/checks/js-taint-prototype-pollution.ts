/**
 * ## What it does
 * A write through a property read with an untrusted key, `obj[key][prop] = value` or `obj[key].prop = value`: with `key` equal to `__proto__`, `obj[key]` is `Object.prototype`. An own-property check on the key (`Object.hasOwn(obj, key)`, `obj.hasOwnProperty(key)`) or an allow-list is recognised.
 *
 * ## Why is this bad?
 * A property set on `Object.prototype` appears on every object of the process: it can turn on options such as `isAdmin`, change how libraries behave, and lead to denial of service or code execution.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the JavaScript taint specs (src/lang/javascript/taint/*.yaml); sink class `prototype-pollution`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'js-taint-prototype-pollution',
    title: "Object property written with an untrusted key",
    cwe: 1321,
    severity: 'high',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description: "A write through a property read with an untrusted key, `obj[key][prop] = value` or `obj[key].prop = value`: with `key` equal to `__proto__`, `obj[key]` is `Object.prototype`. An own-property check on the key (`Object.hasOwn(obj, key)`, `obj.hasOwnProperty(key)`) or an allow-list is recognised.",
    why: "A property set on `Object.prototype` appears on every object of the process: it can turn on options such as `isAdmin`, change how libraries behave, and lead to denial of service or code execution.",
    fix: "Reject `__proto__`, `constructor` and `prototype` keys, check `Object.hasOwn(obj, key)` first, or use a `Map` / `Object.create(null)` for data keyed by user input.",
    example: {
      bad: "settings[req.body.section][req.body.key] = req.body.value;",
      good: "const section = req.body.section;\nif (Object.hasOwn(settings, section)) settings[section][req.body.key] = req.body.value;",
    },
    references: ["https://cwe.mitre.org/data/definitions/1321.html", "https://github.com/HoLyVieR/prototype-pollution-nsec18"],
    evidence: { subject: "computed-key property write", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['prototype-pollution'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} is the key of a property write (${flow.sink.api}).`,
  },
);
