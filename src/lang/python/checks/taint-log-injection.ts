/**
 * ## What it does
 * Untrusted input written into a log record: the message of `logging.*` and
 * of logger methods (`logger.info/warning/error/debug/critical/exception/log`)
 * built from request data by concatenation, an f-string or `format`, and
 * request data passed as the `%s` arguments of such a call.
 *
 * ## Why is this bad?
 * A CR/LF in the value ends the record and starts a forged one
 * (`alice\nINFO admin logged in`), which misleads whoever reads the log and
 * the tools that parse it; control sequences can also attack terminal
 * viewers. Lazy `%s` formatting does not help: logging interpolates the
 * argument into the same line, newlines included.
 *
 * ## Precision
 * A dataflow check (sink class `log`). The finding says which it is: the
 * message itself, or a `%`-argument. Sanitizers: `value.replace("\n", …)`
 * (removing the LF is required, since a bare LF starts a new line in a log
 * file; replacing only "\r" or "\r\n" is not accepted, and a chain
 * `.replace("\r", "").replace("\n", "")` is), `repr()` and `ascii()` (they
 * escape CR/LF), `json.dumps`, URL quoting, and numeric conversions. A
 * logging `Formatter` or filter that escapes newlines is configuration this
 * check cannot see: if the application has one, suppress the check. Loggers
 * are recognised by type (`logging.getLogger()`, a Flask `app.logger`) or by
 * a receiver named `logger`/`log`/`LOGGER`/`LOG`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-log-injection',
    title: 'Untrusted input written to a log record',
    cwe: 117,
    severity: 'low',
    confidence: 'medium',
    languages: ['python'],
    description:
      'Request data in the message of a `logging` call (concatenation, f-string, `format`) or passed as a `%s` ' +
      'argument, without removing line breaks.',
    why:
      'A line break in the value forges extra log records (a fake "admin logged in" line), hides an attack from ' +
      'whoever audits the log and can break log parsers; `%s` arguments are interpolated into the same record, so ' +
      'they inject just as well.',
    fix:
      'Remove or escape line breaks before logging: `value.replace("\\r", "").replace("\\n", "")`, `%r` / `repr(value)`, ' +
      'or a logging formatter that escapes control characters (structured/JSON logging).',
    example: {
      bad: 'user = request.form["user"]\nlogger.warning(f"failed login for {user}")',
      good: 'user = request.form["user"]\nlogger.warning("failed login for %r", user)',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/117.html',
      'https://owasp.org/www-community/attacks/Log_Injection',
      'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html',
    ],
    evidence: { subject: 'logging call', clean: 'none logs untrusted input with its line breaks' },
  },
  {
    classes: ['log'],
    message: (flow) =>
      flow.sink.api.startsWith('%')
        ? `Untrusted input from ${describeSource(flow)} is passed as a %-argument of a log call; logging interpolates it into the record with its CR/LF, so it can forge log lines.`
        : `Untrusted input from ${describeSource(flow)} is written into a log message; a CR/LF in it forges log lines.`,
  },
);
