/**
 * ## What it does
 * Untrusted input that reaches the query text of `execute`/`executemany`/`executescript`, Django `raw`/`extra` or SQLAlchemy `text()`. Bound parameters (the second argument of `execute`) are not sinks.
 *
 * ## Why is this bad?
 * Data spliced into SQL text is parsed as SQL: quotes in it end the literal and the rest runs as the attacker's query (read, change or delete any data the connection can).
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the Python taint specs (src/lang/python/taint/*.yaml); sink class `sql`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-sql-injection',
    title: "SQL query built from untrusted input",
    cwe: 89,
    severity: 'critical',
    confidence: 'medium',
    languages: ['python'],
    description: "Untrusted input that reaches the query text of `execute`/`executemany`/`executescript`, Django `raw`/`extra` or SQLAlchemy `text()`. Bound parameters (the second argument of `execute`) are not sinks.",
    why: "Data spliced into SQL text is parsed as SQL: quotes in it end the literal and the rest runs as the attacker's query (read, change or delete any data the connection can).",
    fix: "Keep the query text constant and pass values as parameters: `cur.execute(\"SELECT * FROM t WHERE name = ?\", (name,))`.",
    example: {
      bad: "name = request.args[\"name\"]\ncur.execute(f\"SELECT * FROM users WHERE name = '{name}'\")",
      good: "name = request.args[\"name\"]\ncur.execute(\"SELECT * FROM users WHERE name = ?\", (name,))",
    },
    references: ["https://cwe.mitre.org/data/definitions/89.html", "https://docs.python.org/3/library/sqlite3.html#sqlite3-placeholders"],
    evidence: { subject: "SQL query sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['sql'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches SQL query text (${flow.sink.api}).`,
  },
);
