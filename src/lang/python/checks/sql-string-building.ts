/**
 * ## What it does
 * Flags SQL text built from run-time values with an f-string, `%`
 * formatting, `.format()` or `+`, when it is passed as the query to
 * - a DB-API method on any receiver: `execute`, `executemany`,
 *   `executescript`, plus `exec_driver_sql` (SQLAlchemy) and `execute_sql`
 *   (peewee);
 * - `sqlalchemy.text()`, Django's `RawSQL()` and `Manager.raw()`, and the
 *   `where=`/`select=` parts of Django's `QuerySet.extra()`;
 * - `pandas.read_sql()` / `read_sql_query()`.
 *
 * ## Why is this bad?
 * A quote in the value ends the SQL string literal and the rest is parsed as
 * SQL: the attacker reads or changes any table the connection can reach.
 *
 * ## Precision
 * Parameterised queries (`execute("... WHERE id = %s", (x,))`) are the fix
 * and are not reported. Neither are strings whose every hole is constant
 * (module constants fold), numeric (`%d`, `int(x)`, `len(x)`), or a
 * placeholder list (`",".join("?" * len(ids))`); nor holes that look like
 * constants (UPPER_CASE names, `__tablename__`, `_meta.db_table`) or are
 * quoted by the driver (`quote_name`, `quote_ident`, `mogrify`). Local
 * variables are followed to their assignments in the same function. A query
 * that arrives whole (a parameter, a call's result) is not reported: the
 * check reports where it sees the building. A joined list variable
 * (`" AND ".join(conditions)`) is taken as fragments the code assembled.
 * Holes filled from `self.<attr>` or from the loop variable of a joined
 * comprehension (usually column or table names) have medium confidence. Methods are matched by name,
 * so the constant text must look like SQL (`SELECT … FROM`, `WHERE`,
 * `INSERT INTO`, …) for a method call to be reported or counted.
 */
import { deferringToDataflow } from '../../../dataflow/defer.js';
import { argument, type CheckContext, defineCheck } from '../../../analyze/check.js';
import type { CallExpr, Expr } from '../../../ir/types.js';
import { holesText, isLoopHole, type StringShape, stringShape } from '../helpers/string-shape.js';

/** Method names that take the SQL text as their first argument, on any receiver. */
const EXECUTE_METHODS = new Set(['execute', 'executemany', 'executescript', 'exec_driver_sql', 'execute_sql']);

/** Functions and classes whose first argument is SQL text. */
/**
 * Quoting helpers: Django's `connection.ops.quote_name`, psycopg's `quote_ident`, MySQLdb's `escape_string`,
 * `mogrify`, and doubling the quote character.
 */
const QUOTING = {
  sanitizers: new Set(['psycopg2.extensions.quote_ident', 'psycopg.sql.quote', 'MySQLdb.escape_string', 'pymysql.converters.escape_string']),
  sanitizerMethods: new Set(['quote_name', 'quote_ident', 'quote_identifier', 'escape_string', 'literal', 'mogrify']),
  trustJoinedLists: true,
  sanitizerCall: doublesQuotes,
};

/** `name.replace('"', '""')`: SQL's own quoting of an identifier or string literal. */
function doublesQuotes(ctx: CheckContext, call: CallExpr): boolean {
  if (call.callee.kind !== 'attribute' || call.callee.attr !== 'replace' || call.args.length !== 2) return false;
  const from = ctx.constValue(call.args[0]!.value);
  const to = ctx.constValue(call.args[1]!.value);
  return (from === '"' || from === "'") && to === from + from;
}

const SQL_FUNCTIONS = new Map<string, string>([
  ['sqlalchemy.text', 'text'],
  ['sqlalchemy.sql.text', 'text'],
  ['sqlalchemy.sql.expression.text', 'text'],
  ['django.db.models.expressions.RawSQL', 'sql'],
  ['django.db.models.RawSQL', 'sql'],
  ['pandas.read_sql', 'sql'],
  ['pandas.read_sql_query', 'sql'],
]);

/** Enough SQL structure that a string built for a method named `execute` is surely a query. */
const SQL_TEXT =
  /\b(select\b[\s\S]*\bfrom|insert\s+(or\s+\w+\s+)?into|update\b[\s\S]*\bset|delete\s+from|replace\s+into|merge\s+into|create\s+(table|index|view|database|schema|unique|temp|temporary|trigger)|drop\s+(table|index|view|database|schema|trigger)|alter\s+table|truncate|pragma|where|values|order\s+by|group\s+by|join|grant|revoke)\b/i;

export default defineCheck({
  meta: {
    id: 'sql-string-building',
    title: 'SQL built from run-time values',
    cwe: 89,
    severity: 'high',
    confidence: 'high',
    languages: ['python'],
    description:
      'SQL text built with an f-string, `%` formatting, `.format()` or concatenation of run-time values and passed to ' +
      '`execute()`, `executemany()`, `sqlalchemy.text()`, Django `raw()`/`RawSQL()`/`extra()` or `pandas.read_sql()`.',
    why:
      'A quote in the inserted value ends the SQL string literal and the rest is parsed as SQL, so whoever controls ' +
      'the value can read, change or delete any data the connection can reach (SQL injection).',
    fix:
      'Keep the SQL constant and pass values as parameters: `cursor.execute("SELECT * FROM users WHERE name = %s", ' +
      '(name,))` (the placeholder style depends on the driver: `?`, `%s`, `:name`). Table or column names cannot be ' +
      'parameters: choose them from a fixed allow-list.',
    example: {
      bad: 'cursor.execute(f"SELECT * FROM users WHERE name = \'{name}\'")',
      good: 'cursor.execute("SELECT * FROM users WHERE name = %s", (name,))',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/89.html',
      'https://peps.python.org/pep-0249/#paramstyle',
      'https://docs.python.org/3/library/sqlite3.html#sqlite3-placeholders',
      'https://docs.djangoproject.com/en/stable/topics/db/sql/',
    ],
    evidence: { subject: 'SQL execute call', clean: 'none builds its SQL from run-time values' },
    aliases: { bandit: ['B608', 'B610', 'B611'], ruff: ['S608', 'S610', 'S611'] },
  },
  create(checkCtx) {
    // Where the dataflow engine has the answer (dead branch, sanitiser, allow-list), it decides.
    const ctx = deferringToDataflow(checkCtx, [89]);
    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        const fn = name ? SQL_FUNCTIONS.get(name) : undefined;
        if (name && fn) return judge(ctx, node, `\`${name}()\``, argument(node, 0, fn), false);
        // Methods are matched by name whatever the receiver (`cursor`, `conn`, `db.session`).
        if (node.callee.kind !== 'attribute') return;
        const method = node.callee.attr;
        if (EXECUTE_METHODS.has(method)) return judge(ctx, node, `\`${method}()\``, queryArgument(node), true);
        if (method === 'raw') return judge(ctx, node, '`raw()`', argument(node, 0, 'raw_query'), true);
        if (method === 'extra') return extra(ctx, node);
      },
    };
  },
});

/** The SQL argument of an execute-like method: first positional, or the keyword drivers use for it. */
function queryArgument(node: CallExpr): Expr | null {
  const first = argument(node, 0);
  if (first) return first;
  for (const kw of ['sql', 'query', 'statement', 'operation']) {
    const a = argument(node, null, kw);
    if (a) return a;
  }
  return null;
}

/**
 * Reports the call when `query` is SQL built from run-time values.
 * `needsSqlText`: the method name alone does not say SQL (`gdb.execute`, a
 * task runner's `execute`), so the constant text must look like SQL.
 */
function judge(ctx: CheckContext, node: CallExpr, what: string, query: Expr | null, needsSqlText: boolean): void {
  if (!query) return;
  const shape = stringShape(ctx, query, QUOTING);
  if (needsSqlText && !SQL_TEXT.test(shape.text)) return;
  if (shape.state !== 'built') {
    ctx.examined(node, DETAIL[shape.state]);
    return;
  }
  const holes = shape.holes.filter((h) => !constantLooking(h));
  if (holes.length === 0) {
    ctx.examined(node, 'only constant-looking names spliced in');
    return;
  }
  // `self.table` and the loop variable of `", ".join(f"{col} = %s" for col in cols)` are usually identifiers
  // chosen by the code; still worth a look, with less certainty.
  const medium = holes.every((h) => isSelfAttribute(h) || isLoopHole(h));
  const where = shape.at.range.line === node.range.line ? '' : ` on line ${shape.at.range.line}`;
  ctx.report(
    node,
    `The SQL passed to ${what} is built with ${shape.how}${where} from ${holesText(ctx, holes)}; whoever controls ` +
      'that value can rewrite the query. Pass values as query parameters; pick identifiers from an allow-list.',
    medium ? { confidence: 'medium' } : {},
  );
}

const DETAIL: Record<Exclude<StringShape['state'], 'built'>, string> = {
  constant: 'constant SQL',
  safe: 'only numbers or placeholders spliced in',
  opaque: 'query text received whole (not traced)',
};

/** Django `QuerySet.extra(where=[...], select={...})`. */
function extra(ctx: CheckContext, node: CallExpr): void {
  const parts: Expr[] = [];
  const where = argument(node, null, 'where');
  if (where?.kind === 'sequence') parts.push(...where.elements);
  const select = argument(node, null, 'select');
  if (select?.kind === 'dict') parts.push(...select.entries.map((e) => e.value));
  if (parts.length === 0) return;
  for (const part of parts) {
    const shape = stringShape(ctx, part, QUOTING);
    if (shape.state === 'built' && shape.holes.some((h) => !constantLooking(h))) {
      ctx.report(
        node,
        `A SQL fragment passed to \`extra()\` is built with ${shape.how} from ${holesText(ctx, shape.holes)}; ` +
          'use `params=`/`select_params=` for values.',
      );
      return;
    }
  }
  ctx.examined(node, 'constant SQL');
}

/** UPPER_CASE names and ORM table-name attributes: almost always fixed in code. */
function constantLooking(e: Expr): boolean {
  if (e.kind === 'name') return /^[A-Z][A-Z0-9_]*$/.test(e.id);
  if (e.kind === 'attribute') {
    if (/^[A-Z][A-Z0-9_]*$/.test(e.attr) || e.attr === '__tablename__') return true;
    if (e.attr === 'db_table' && e.object.kind === 'attribute' && e.object.attr === '_meta') return true;
  }
  return false;
}

function isSelfAttribute(e: Expr): boolean {
  return e.kind === 'attribute' && e.object.kind === 'name' && (e.object.id === 'self' || e.object.id === 'cls');
}
