/**
 * ## What it does
 * A MongoDB / Mongoose query filter (`find`, `findOne`, `updateOne`, `deleteMany`, …) that contains a request value which can be an object: JSON bodies and parsed query strings. Route parameters, headers and cookies are strings; `String(x)`, a template or `+` make a string.
 *
 * ## Why is this bad?
 * A JSON body turns `{ user: req.body.user }` into `{ user: { "$ne": null } }`: the filter matches every document (login bypass, data disclosure), and `$where` runs JavaScript.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the JavaScript taint specs (src/lang/javascript/taint/*.yaml); sink class `nosql`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'js-taint-nosql',
    title: "NoSQL query filter built from untrusted input",
    cwe: 943,
    severity: 'high',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description: "A MongoDB / Mongoose query filter (`find`, `findOne`, `updateOne`, `deleteMany`, …) that contains a request value which can be an object: JSON bodies and parsed query strings. Route parameters, headers and cookies are strings; `String(x)`, a template or `+` make a string.",
    why: "A JSON body turns `{ user: req.body.user }` into `{ user: { \"$ne\": null } }`: the filter matches every document (login bypass, data disclosure), and `$where` runs JavaScript.",
    fix: "Convert each value to the type you expect (`String(req.body.user)`), validate the body with a schema, or strip operator keys (`mongo-sanitize`, Mongoose `sanitizeFilter`).",
    example: {
      bad: "const user = await User.findOne({ name: req.body.name, password: req.body.password });",
      good: "const user = await User.findOne({ name: String(req.body.name) });",
    },
    references: ["https://cwe.mitre.org/data/definitions/943.html", "https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/05.6-Testing_for_NoSQL_Injection"],
    evidence: { subject: "NoSQL query filter", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['nosql', 'nosql-code'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches a NoSQL query filter (${flow.sink.api}).`,
  },
);
