/**
 * ## What it does
 * Untrusted input in the text of a SQL query: `query` / `execute` of mysql, mysql2, pg and Sequelize, `knex.raw` and the `*Raw` builders, sqlite3 and better-sqlite3. Values passed separately (`query(sql, [values])`, `{ text, values }`) are parameters and are not reported.
 *
 * ## Why is this bad?
 * Text concatenated into SQL is parsed as SQL: a quote ends the string and the rest of the input becomes part of the query (reading, changing or deleting any data the account can reach).
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the JavaScript taint specs (src/lang/javascript/taint/*.yaml); sink class `sql`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'js-taint-sql',
    title: "SQL query built from untrusted input",
    cwe: 89,
    severity: 'critical',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description: "Untrusted input in the text of a SQL query: `query` / `execute` of mysql, mysql2, pg and Sequelize, `knex.raw` and the `*Raw` builders, sqlite3 and better-sqlite3. Values passed separately (`query(sql, [values])`, `{ text, values }`) are parameters and are not reported.",
    why: "Text concatenated into SQL is parsed as SQL: a quote ends the string and the rest of the input becomes part of the query (reading, changing or deleting any data the account can reach).",
    fix: "Use placeholders and pass the values separately: `db.query('SELECT * FROM users WHERE id = ?', [id])` (`$1` for pg); use an allow-list for identifiers such as column names.",
    example: {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text
      bad: "db.query(`SELECT * FROM users WHERE name = '${req.query.name}'`);",
      good: "db.query('SELECT * FROM users WHERE name = ?', [req.query.name]);",
    },
    references: ["https://cwe.mitre.org/data/definitions/89.html", "https://github.com/mysqljs/mysql#escaping-query-values"],
    evidence: { subject: "SQL query sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['sql'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches a SQL query (${flow.sink.api}).`,
  },
);
