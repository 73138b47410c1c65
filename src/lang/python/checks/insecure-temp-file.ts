/**
 * ## What it does
 * Flags two ways of making temporary files that other local users can race:
 * - `tempfile.mktemp()` (and Python 2's `os.tempnam` / `os.tmpnam`), which
 *   return a name that does not exist yet and leave creating it to the caller;
 * - a fixed path under a shared, world-writable directory (`/tmp`, `/var/tmp`,
 *   `/dev/shm`) passed as the file argument of a call that opens or creates a
 *   file: `open`, `os.open`, `io.open`, `codecs.open`, `pathlib.Path(...)`,
 *   `shutil` copy/move destinations, `logging.FileHandler` and its rotating
 *   kin, `sqlite3.connect`, `os.mkdir`/`os.makedirs`/`os.mkfifo`,
 *   `tarfile.open`, `zipfile.ZipFile`.
 *
 * ## Why is this bad?
 * Between choosing a name and creating the file, or simply because the name is
 * known in advance, another user of the machine can create that path first,
 * often as a symlink to a file the victim may write (`/etc/...`, `~/.ssh/...`),
 * or read what the program leaves there.
 *
 * ## Precision
 * The path must be a constant: a literal, a module constant, a name bound once
 * in the function to a constant, or `os.path.join` of constants. Paths built at
 * run time (`f"/tmp/{uuid4()}"`) are not judged. `dir="/tmp"` given to the
 * `tempfile` functions is fine (they pick an unpredictable name and create the
 * file atomically) and those calls are recorded as examined. Leaf CWEs:
 * CWE-377 (Insecure Temporary File) for `mktemp`; CWE-379 (Creation of
 * Temporary File in Directory with Insecure Permissions) for a fixed name in a
 * world-writable directory, which is what that weakness describes.
 */
import { argument, defineCheck } from '../../../analyze/check.js';
import type { CallExpr, Expr } from '../../../ir/types.js';
import { constOf } from './_local-value-util.js';

const MKTEMP = new Set(['tempfile.mktemp', 'os.tempnam', 'os.tmpnam']);

const SAFE_TEMPFILE = new Set([
  'tempfile.mkstemp',
  'tempfile.mkdtemp',
  'tempfile.NamedTemporaryFile',
  'tempfile.TemporaryFile',
  'tempfile.SpooledTemporaryFile',
  'tempfile.TemporaryDirectory',
]);

/** API → where its file path argument is: [position, keyword]. Several entries for two-path APIs. */
const PATH_ARGS: Record<string, ReadonlyArray<readonly [number, string]>> = {
  open: [[0, 'file']],
  'builtins.open': [[0, 'file']],
  'io.open': [[0, 'file']],
  'codecs.open': [[0, 'filename']],
  'os.open': [[0, 'path']],
  'os.mkdir': [[0, 'path']],
  'os.makedirs': [[0, 'name']],
  'os.mkfifo': [[0, 'path']],
  'pathlib.Path': [[0, '']],
  'pathlib.PosixPath': [[0, '']],
  'shutil.copy': [[1, 'dst']],
  'shutil.copy2': [[1, 'dst']],
  'shutil.copyfile': [[1, 'dst']],
  'shutil.copytree': [[1, 'dst']],
  'shutil.move': [[1, 'dst']],
  'logging.FileHandler': [[0, 'filename']],
  'logging.handlers.RotatingFileHandler': [[0, 'filename']],
  'logging.handlers.TimedRotatingFileHandler': [[0, 'filename']],
  'logging.handlers.WatchedFileHandler': [[0, 'filename']],
  'logging.basicConfig': [[-1, 'filename']],
  'sqlite3.connect': [[0, 'database']],
  'tarfile.open': [[0, 'name']],
  'zipfile.ZipFile': [[0, 'file']],
};

const SHARED_DIRS = ['/tmp/', '/var/tmp/', '/dev/shm/'];

export default defineCheck({
  meta: {
    id: 'insecure-temp-file',
    title: 'Temporary file with a predictable name',
    cwe: 377,
    severity: 'medium',
    confidence: 'high',
    languages: ['python'],
    description:
      '`tempfile.mktemp()` (and `os.tempnam`/`os.tmpnam`), and fixed file paths under `/tmp`, `/var/tmp` or ' +
      '`/dev/shm` passed to calls that open or create files.',
    why:
      'A name that is known in advance, or chosen before the file exists, lets another local user create the path ' +
      'first, typically as a symlink to a file the program will then overwrite, or read data left there.',
    fix:
      'Let the `tempfile` module pick the name and create the file in one step: `tempfile.mkstemp()`, ' +
      '`tempfile.NamedTemporaryFile()`, or `tempfile.TemporaryDirectory()` for several files.',
    example: {
      bad: 'import tempfile\npath = tempfile.mktemp(suffix=".csv")\nwith open(path, "w") as f:\n    f.write(report)',
      good: 'import tempfile\nwith tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:\n    f.write(report)',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/377.html',
      'https://cwe.mitre.org/data/definitions/379.html',
      'https://docs.python.org/3/library/tempfile.html#deprecated-functions-and-variables',
    ],
    evidence: { subject: 'temporary file creation', clean: 'each uses an unpredictable name from the tempfile module' },
    aliases: { bandit: ['B108', 'B306'], ruff: ['S108', 'S306'] },
  },
  create(ctx) {
    const sharedPath = (e: Expr, depth = 0): string | null => {
      const v = constOf(ctx, e);
      if (typeof v === 'string') return SHARED_DIRS.some((d) => v.startsWith(d) && v.length > d.length) ? v : null;
      // os.path.join("/tmp", "name") with every part constant.
      if (depth < 2 && e.kind === 'call' && ctx.qualifiedName(e.callee) === 'os.path.join' && e.args.every((a) => a.spread === null)) {
        const parts = e.args.map((a) => constOf(ctx, a.value));
        if (parts.length >= 2 && parts.every((p) => typeof p === 'string')) {
          const joined = (parts as string[]).reduce((acc, p) => (p.startsWith('/') ? p : acc.endsWith('/') ? acc + p : `${acc}/${p}`));
          return sharedPath({ kind: 'literal', type: 'str', value: joined, range: e.range }, depth + 1);
        }
      }
      return null;
    };

    return {
      call(node: CallExpr) {
        const name = ctx.qualifiedName(node.callee);
        if (!name) return;
        if (MKTEMP.has(name)) {
          ctx.report(node, `\`${name}()\` returns a name that another user can create first; the file is made later, not atomically.`);
          return;
        }
        if (SAFE_TEMPFILE.has(name)) {
          ctx.examined(node, `${name}()`);
          return;
        }
        const slots = PATH_ARGS[name];
        if (!slots) return;
        for (const [pos, kw] of slots) {
          const arg = argument(node, pos < 0 ? null : pos, kw || undefined);
          if (!arg) continue;
          const path = sharedPath(arg);
          if (path === null) continue;
          ctx.report(
            node,
            `Fixed path \`${path}\` in a world-writable directory: another local user can create it first (for example as a symlink). Use the tempfile module.`,
            { cwe: 379 },
          );
          return;
        }
      },
    };
  },
});
