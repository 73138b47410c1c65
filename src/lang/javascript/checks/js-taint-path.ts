/**
 * ## What it does
 * Untrusted input in a file system path: the `fs`, `fs/promises` and `fs-extra` functions, Express `res.sendFile` / `res.download` without a `root` option. `path.basename` (which strips directories) and a containment check on a resolved path (`full.startsWith(base)` after `path.resolve`) are recognised.
 *
 * ## Why is this bad?
 * `../` segments or an absolute path lead outside the intended directory: the attacker reads configuration, keys or source code, or overwrites files.
 *
 * A dataflow check: findings come from the shared engine (src/dataflow) with
 * the JavaScript taint specs (src/lang/javascript/taint/*.yaml); sink class `path`.
 */
import { defineTaintCheck, describeSource } from '../../../dataflow/taint-check.js';

export default defineTaintCheck(
  {
    id: 'js-taint-path',
    title: "File path built from untrusted input",
    cwe: 22,
    severity: 'high',
    confidence: 'medium',
    languages: ['javascript', 'typescript'],
    description: "Untrusted input in a file system path: the `fs`, `fs/promises` and `fs-extra` functions, Express `res.sendFile` / `res.download` without a `root` option. `path.basename` (which strips directories) and a containment check on a resolved path (`full.startsWith(base)` after `path.resolve`) are recognised.",
    why: "`../` segments or an absolute path lead outside the intended directory: the attacker reads configuration, keys or source code, or overwrites files.",
    fix: "Keep only the file name (`path.basename(name)`) under a fixed directory, or resolve the path and check that it stays inside the base directory before using it; `res.sendFile(name, { root })` does this for you.",
    example: {
      bad: "fs.readFile(path.join(UPLOADS, req.query.file), cb);",
      good: "fs.readFile(path.join(UPLOADS, path.basename(req.query.file)), cb);",
    },
    references: ["https://cwe.mitre.org/data/definitions/22.html", "https://owasp.org/www-community/attacks/Path_Traversal"],
    evidence: { subject: "file path sink", clean: 'none reached by untrusted input' },
  },
  {
    classes: ['path'],
    message: (flow) => `Untrusted input from ${describeSource(flow)} reaches a file path (${flow.sink.api}).`,
  },
);
