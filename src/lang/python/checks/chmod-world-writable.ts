/**
 * ## What it does
 * Flags permission changes that make a file or directory writable by every
 * local user (`mode & 0o002`, "other" write):
 * - `os.chmod`, `os.lchmod`, `os.fchmod`, and any `.chmod(...)` method
 *   (`pathlib.Path.chmod`, SFTP clients) with a constant mode;
 * - creation modes (`os.open(..., mode)`, `os.mkdir`, `os.makedirs`,
 *   `os.mkfifo`, `os.mknod`, `Path.mkdir(mode=...)`, `Path.touch(mode=...)`)
 *   that grant other-write, **only** when the module also clears the umask's
 *   other-write bit (`os.umask(0)` as a statement), since otherwise the process
 *   umask (typically 022) removes that bit.
 * Modes are folded from integer literals, module constants and `stat.S_I*`
 * names combined with `|`, `+`, `&`, `^`, `~`.
 *
 * ## Why is this bad?
 * Any local account, including a compromised low-privilege service, can then
 * replace the file's content: inject code into a script or module, change a
 * configuration, plant data another process trusts, or swap files in a
 * world-writable directory.
 *
 * ## CWE choice and precision
 * CWE-732 (Incorrect Permission Assignment for Critical Resource): the code
 * assigns the permission explicitly. CWE-276 (Incorrect Default Permissions)
 * is about installation defaults and does not fit. Non-constant modes are not
 * judged; world-readable modes are not reported. `os.makedirs(p, 0o777)` on
 * its own is Python's default and is masked by the umask, so it is recorded as
 * examined rather than reported. The `umask(0)` heuristic ignores the
 * "read the umask" idiom `old = os.umask(0); os.umask(old)` (result kept).
 */
import { argument, defineCheck } from '../../../analyze/check.js';
import type { CallExpr, Expr } from '../../../ir/types.js';
import { localValue } from './_local-value-util.js';

const STAT_BITS: Record<string, number> = {
  S_ISUID: 0o4000,
  S_ISGID: 0o2000,
  S_ENFMT: 0o2000,
  S_ISVTX: 0o1000,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IREAD: 0o400,
  S_IWRITE: 0o200,
  S_IEXEC: 0o100,
  S_IRWXG: 0o070,
  S_IRGRP: 0o040,
  S_IWGRP: 0o020,
  S_IXGRP: 0o010,
  S_IRWXO: 0o007,
  S_IROTH: 0o004,
  S_IWOTH: 0o002,
  S_IXOTH: 0o001,
};

/** API → position of its mode argument (keyword `mode`). */
const CHMOD: Record<string, number> = { 'os.chmod': 1, 'os.lchmod': 1, 'os.fchmod': 1 };
const CREATE: Record<string, number> = { 'os.open': 2, 'os.mkdir': 1, 'os.makedirs': 1, 'os.mkfifo': 1, 'os.mknod': 1 };

const OTHER_WRITE = 0o002;

export default defineCheck({
  meta: {
    id: 'chmod-world-writable',
    title: 'File made writable by all users',
    cwe: 732,
    severity: 'medium',
    confidence: 'high',
    languages: ['python'],
    description:
      '`os.chmod` / `Path.chmod` (and creation modes under a cleared umask) with a constant mode that grants write ' +
      'permission to other users (`0o002`), such as `0o777` or `0o666`.',
    why:
      'A world-writable file or directory can be modified by any local account: code or configuration can be ' +
      'replaced, data other processes trust can be forged, and files in the directory swapped.',
    fix:
      'Grant only what the owner (and, if needed, the group) requires: `0o600`/`0o640` for files, `0o700`/`0o750` ' +
      'for directories, `0o755` for executables. Share access through a group rather than "others".',
    example: {
      bad: 'import os\nos.chmod("/srv/app/config.yml", 0o777)',
      good: 'import os\nos.chmod("/srv/app/config.yml", 0o640)',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/732.html',
      'https://docs.python.org/3/library/os.html#os.chmod',
      'https://docs.python.org/3/library/stat.html#stat.S_IWOTH',
    ],
    evidence: { subject: 'permission setting', clean: 'none grants write access to other users' },
    aliases: { bandit: ['B103'], ruff: ['S103'] },
  },
  create(ctx) {
    const foldMode = (e: Expr, depth = 0): number | undefined => {
      if (depth > 8) return undefined;
      const fold = (x: Expr) => foldMode(x, depth + 1);
      switch (e.kind) {
        case 'literal':
          return e.type === 'int' && typeof e.value === 'number' ? e.value : undefined;
        case 'name':
        case 'attribute': {
          const q = ctx.qualifiedName(e);
          if (q?.startsWith('stat.')) return STAT_BITS[q.slice(5)];
          if (e.kind === 'name') {
            const lv = localValue(ctx, e.id);
            if (lv && lv.via === 'assign') return fold(lv.value);
          }
          const v = ctx.constValue(e);
          return typeof v === 'number' ? v : undefined;
        }
        case 'binary': {
          const a = fold(e.left);
          const b = fold(e.right);
          if (a === undefined || b === undefined) return undefined;
          switch (e.op) {
            case '|':
              return a | b;
            case '+':
              return a + b;
            case '&':
              return a & b;
            case '^':
              return a ^ b;
            case '-':
              return a - b;
            default:
              return undefined;
          }
        }
        case 'unary': {
          const a = fold(e.operand);
          if (a === undefined) return undefined;
          return e.op === '~' ? ~a & 0o7777 : e.op === '+' ? a : undefined;
        }
        default:
          return undefined;
      }
    };
    const octal = (m: number) => `0o${m.toString(8)}`;

    let umaskCleared = false;
    const creations: Array<{ node: CallExpr; label: string; mode: number }> = [];

    const judgeChmod = (node: CallExpr, modeExpr: Expr | null, label: string) => {
      if (!modeExpr) return;
      const mode = foldMode(modeExpr);
      if (mode === undefined) return;
      if (mode & OTHER_WRITE) {
        ctx.report(node, `${label} with mode ${octal(mode)} lets every local user modify this path.`);
      } else {
        ctx.examined(node, 'no write for others');
      }
    };
    const noteCreation = (node: CallExpr, modeExpr: Expr | null, label: string) => {
      if (!modeExpr) return;
      const mode = foldMode(modeExpr);
      if (mode === undefined) return;
      if (mode & OTHER_WRITE) creations.push({ node, label, mode });
      else ctx.examined(node, 'no write for others');
    };
    /** The mode of `x.method(...)`: keyword `mode`, else the last positional argument that folds to an int. */
    const methodMode = (node: CallExpr, firstOnly: boolean): Expr | null => {
      const kw = argument(node, null, 'mode');
      if (kw) return kw;
      const positional = node.args.filter((a) => a.name === null && a.spread === null);
      const cand = firstOnly ? positional[0] : positional[positional.length - 1];
      return cand && foldMode(cand.value) !== undefined ? cand.value : null;
    };

    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (name === 'os.umask') {
          const parent = ctx.ancestors[ctx.ancestors.length - 1];
          const arg = argument(node, 0, 'mask');
          const mask = arg ? foldMode(arg) : undefined;
          if (parent?.kind === 'expr' && mask !== undefined && (mask & OTHER_WRITE) === 0) umaskCleared = true;
          return;
        }
        if (name && name in CHMOD) return judgeChmod(node, argument(node, CHMOD[name]!, 'mode'), `\`${name}()\``);
        if (name && name in CREATE) return noteCreation(node, argument(node, CREATE[name]!, 'mode'), `\`${name}()\``);
        if (node.callee.kind !== 'attribute' || name?.startsWith('os.')) return;
        const method = node.callee.attr;
        if (method === 'chmod' || method === 'lchmod') return judgeChmod(node, methodMode(node, false), `\`.${method}()\``);
        if (method === 'mkdir' || method === 'touch') return noteCreation(node, methodMode(node, true), `\`.${method}()\``);
      },
      'module:exit'() {
        for (const c of creations) {
          if (umaskCleared) {
            ctx.report(
              c.node,
              `${c.label} creates this path with mode ${octal(c.mode)} while the module clears the umask: every local user can modify it.`,
            );
          } else {
            ctx.examined(c.node, 'creation mode masked by umask');
          }
        }
      },
    };
  },
});
