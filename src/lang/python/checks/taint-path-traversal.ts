/**
 * ## What it does
 * Untrusted input that reaches a file system path: `open`, `os.remove`, `shutil`, `pathlib.Path`, Flask `send_file`, the directory of `send_from_directory`. `os.path.join` keeps the taint; `secure_filename` and `os.path.basename` remove it.
 *
 * ## Why is this bad?
 * `../` sequences or an absolute path escape the intended directory, so an attacker reads or overwrites any file the service can (configuration, keys, source).
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the Python taint specs (src/lang/python/taint/*.yaml); sink class `path`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'taint-path-traversal',
    title: "File path built from untrusted input",
    cwe: 22,
    severity: 'high',
    confidence: 'medium',
    languages: ['python'],
    description: "Untrusted input that reaches a file system path: `open`, `os.remove`, `shutil`, `pathlib.Path`, Flask `send_file`, the directory of `send_from_directory`. `os.path.join` keeps the taint; `secure_filename` and `os.path.basename` remove it.",
    why: "`../` sequences or an absolute path escape the intended directory, so an attacker reads or overwrites any file the service can (configuration, keys, source).",
    fix: "Reduce the name to a base name (`werkzeug.utils.secure_filename`, `os.path.basename`), serve files with `send_from_directory`, or resolve the path and check it stays under the base directory.",
    example: {
      bad: "name = request.args[\"file\"]\nreturn open(os.path.join(BASE, name)).read()",
      good: "name = secure_filename(request.args[\"file\"])\nreturn open(os.path.join(BASE, name)).read()",
    },
    references: ["https://cwe.mitre.org/data/definitions/22.html", "https://werkzeug.palletsprojects.com/en/latest/utils/#werkzeug.utils.secure_filename"],
    evidence: { subject: "file path sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['path'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches a file path (${flow.sink.api}).`,
  },
);
