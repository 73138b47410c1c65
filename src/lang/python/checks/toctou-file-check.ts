/**
 * ## What it does
 * Flags a file-system check (`os.path.exists/isfile/isdir/lexists/islink`,
 * `os.access`, `Path.exists()/is_file()/is_dir()`) whose result decides
 * whether an operation on the same path runs: `open`, `os.remove/unlink/
 * rename/replace/chmod/chown/mkdir/makedirs/rmdir/symlink/link`, `shutil.*`,
 * `Path.open/write_text/unlink/mkdir/...`. The operation is in the branch the
 * check guards, in its `else`, or after an early exit on the check.
 *
 * ## Why is this bad?
 * Between the check and the use, another process can create, delete or swap
 * the file (for example for a symlink to a file the program may write but the
 * attacker may not). The check then answers a question about a file that no
 * longer exists: the operation crashes, or worse, acts on the attacker's file
 * (TOCTOU race).
 *
 * ## Precision
 * - Only the same path expression (structurally equal) counts as a use.
 * - Not flagged when the operation sits in a `try` that handles
 *   `FileNotFoundError`/`FileExistsError`/`OSError` (or broader): the error
 *   is handled where it happens, which is the fix; nor for `os.makedirs(...,
 *   exist_ok=True)`, `open(p, "x")`, `os.open` with `O_EXCL`, or `Path.touch()`.
 * - Confidence follows what the race can do. Medium when the operation writes
 *   through the path (open for writing, `os.open` with `O_CREAT`, chmod/chown,
 *   copy or move onto it, rename over it) or the check is `os.access`: a
 *   symlink planted in between redirects the write. When the race can only
 *   make the operation fail (delete, read, mkdir, rmtree, symlink creation,
 *   the source side of a copy) the site is recorded as examined, not reported:
 *   on real code those were most findings and none was a redirected write.
 * - After an early exit (`if exists(p): return`) the rest of the block counts
 *   as guarded; after a `raise` it does not (that is input validation, not a
 *   decision to act).
 */
import { argument, defineCheck } from '../../../analyze/check.js';
import type { CallExpr, Expr, FunctionDef, Node, Stmt } from '../../../ir/types.js';
import { alwaysLeaves, blocksOf, enclosingFunction, exprKey, handlerTypeNames, isStmt, qualifiedIn, shortText, walkLocal, within } from './_flow-paths.js';

const CHECK_FUNCS = new Set(['os.path.exists', 'os.path.isfile', 'os.path.isdir', 'os.path.lexists', 'os.path.islink', 'os.access', 'genericpath.exists', 'genericpath.isfile', 'genericpath.isdir']);
const CHECK_METHODS = new Set(['exists', 'is_file', 'is_dir', 'is_symlink']);

/**
 * Operations on a path: the positional arguments that are paths, and whether acting on each
 * one writes through it ('write': create, overwrite, chmod; the race lets an attacker's symlink
 * redirect it) or merely fails if the file changed ('fail': delete, read, source of a copy).
 */
type Effect = 'write' | 'fail';
const USE_FUNCS: Record<string, Array<[number, Effect]>> = {
  open: [[0, 'write']],
  'io.open': [[0, 'write']],
  'codecs.open': [[0, 'write']],
  'os.open': [[0, 'write']],
  'os.remove': [[0, 'fail']],
  'os.unlink': [[0, 'fail']],
  'os.rename': [[0, 'fail'], [1, 'write']],
  'os.replace': [[0, 'fail'], [1, 'write']],
  'os.renames': [[0, 'fail'], [1, 'write']],
  'os.chmod': [[0, 'write']],
  'os.chown': [[0, 'write']],
  'os.lchown': [[0, 'write']],
  'os.mkdir': [[0, 'fail']],
  'os.makedirs': [[0, 'fail']],
  'os.rmdir': [[0, 'fail']],
  'os.removedirs': [[0, 'fail']],
  'os.symlink': [[0, 'fail'], [1, 'fail']],
  'os.link': [[0, 'fail'], [1, 'fail']],
  'os.truncate': [[0, 'write']],
  'os.utime': [[0, 'write']],
  'shutil.copy': [[0, 'fail'], [1, 'write']],
  'shutil.copy2': [[0, 'fail'], [1, 'write']],
  'shutil.copyfile': [[0, 'fail'], [1, 'write']],
  'shutil.copytree': [[0, 'fail'], [1, 'write']],
  'shutil.move': [[0, 'fail'], [1, 'write']],
  'shutil.rmtree': [[0, 'fail']],
  'shutil.chown': [[0, 'write']],
  'shutil.copymode': [[0, 'fail'], [1, 'write']],
  'shutil.copystat': [[0, 'fail'], [1, 'write']],
};
const OPEN_FUNCS = new Set(['open', 'io.open', 'codecs.open']);
const USE_METHODS: Record<string, Effect> = {
  open: 'write',
  write_text: 'write',
  write_bytes: 'write',
  read_text: 'fail',
  read_bytes: 'fail',
  unlink: 'fail',
  rename: 'fail',
  replace: 'fail',
  chmod: 'write',
  mkdir: 'fail',
  rmdir: 'fail',
  symlink_to: 'fail',
  hardlink_to: 'fail',
};
const HANDLED = new Set(['FileNotFoundError', 'FileExistsError', 'OSError', 'IOError', 'EnvironmentError', 'os.error', 'PermissionError', 'IsADirectoryError', 'NotADirectoryError', 'Exception', 'BaseException']);

const SAFE = Symbol('race-free use');

interface Checked {
  call: CallExpr;
  key: string;
  text: string;
  /** `os.access`: the textbook privilege race, always medium. */
  access: boolean;
}

interface Use {
  call: CallExpr;
  effect: Effect;
}

export default defineCheck({
  meta: {
    id: 'toctou-file-check',
    title: 'File checked, then used: time-of-check to time-of-use race',
    cwe: 367,
    severity: 'medium',
    confidence: 'medium',
    languages: ['python'],
    description:
      'An existence or permission check on a path (`os.path.exists`, `os.path.isfile`, `os.access`, ' +
      '`Path.exists()`, ...) that decides whether an operation on the same path runs (`open`, `os.remove`, ' +
      '`os.makedirs`, `shutil.rmtree`, `Path.write_text`, ...), with no error handling around the operation.',
    why:
      'The file can be created, removed or replaced (for example by a symlink to a sensitive file) between the check ' +
      'and the use. The operation then crashes on a file that vanished, or acts on a file the attacker chose.',
    fix:
      'Drop the check and perform the operation directly, handling the failure: `try: os.remove(p) except ' +
      'FileNotFoundError: pass`, `os.makedirs(p, exist_ok=True)`, `open(p, "x")` or `os.open(p, O_CREAT | O_EXCL)` ' +
      'to create exclusively.',
    example: {
      bad: 'if os.path.exists(lock_path):\n    os.remove(lock_path)',
      good: 'try:\n    os.remove(lock_path)\nexcept FileNotFoundError:\n    pass',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/367.html',
      'https://docs.python.org/3/glossary.html#term-EAFP',
      'https://docs.python.org/3/library/os.html#os.access',
    ],
    evidence: { subject: 'file existence check', clean: 'none guards an unprotected operation on the same path' },
  },
  create(ctx) {
    function checksIn(test: Expr, fn: FunctionDef | null): Checked[] {
      const out: Checked[] = [];
      walkLocal(test, (n) => {
        if (n.kind !== 'call') return;
        const q = qualifiedIn(ctx, n.callee, fn);
        let path: Expr | null = null;
        if (q && CHECK_FUNCS.has(q)) path = argument(n, 0, 'path');
        else if (n.callee.kind === 'attribute' && CHECK_METHODS.has(n.callee.attr) && n.args.length === 0 && !q?.startsWith('os.')) path = n.callee.object;
        if (!path) return;
        out.push({ call: n, key: exprKey(path), text: shortText(ctx.source, path.range, 40), access: q === 'os.access' });
      });
      return out;
    }

    function openEffect(modeArg: Expr | null): Effect | null {
      const mode = modeArg ? ctx.constValue(modeArg) : 'r';
      if (typeof mode === 'string' && mode.includes('x')) return null; // exclusive create: the fix
      return typeof mode === 'string' && !/[wa+]/.test(mode) ? 'fail' : 'write';
    }

    /** The use of the checked path in `call`, SAFE when it is a race-free form, or null. */
    function isUseOf(call: CallExpr, key: string, fn: FunctionDef | null): Use | typeof SAFE | null {
      const q = qualifiedIn(ctx, call.callee, fn);
      const positions = q ? USE_FUNCS[q] : undefined;
      if (q && positions) {
        const hit = positions.find(([i]) => {
          const a = argument(call, i, i === 0 ? undefined : 'dst');
          return a !== null && exprKey(a) === key;
        });
        if (!hit) return null;
        if ((q === 'os.makedirs' || q === 'os.mkdir') && isTrue(argument(call, 2, 'exist_ok'))) return SAFE;
        if (q === 'os.open') {
          const flags = argument(call, 1, 'flags');
          if (flags && exprKey(flags).includes('O_EXCL')) return SAFE;
          if (flags && !exprKey(flags).includes('O_CREAT') && !exprKey(flags).includes('O_TRUNC')) return { call, effect: 'fail' };
        }
        if (OPEN_FUNCS.has(q)) {
          const effect = openEffect(argument(call, 1, 'mode'));
          return effect ? { call, effect } : SAFE;
        }
        return { call, effect: hit[1] };
      }
      const m = call.callee.kind === 'attribute' ? call.callee.attr : null;
      const effect = m ? USE_METHODS[m] : undefined;
      if (m && effect && call.callee.kind === 'attribute' && exprKey(call.callee.object) === key && !q?.startsWith('os.')) {
        if (m === 'mkdir' && isTrue(argument(call, 1, 'exist_ok'))) return SAFE;
        if (m === 'open') {
          const e = openEffect(argument(call, 0, 'mode'));
          return e ? { call, effect: e } : SAFE;
        }
        return { call, effect };
      }
      return null;
    }

    function isTrue(e: Expr | null): boolean {
      return e !== null && ctx.constValue(e) === true;
    }

    /** True when `use` sits in a try (between it and `stop`) that handles OS errors. */
    function handledAt(use: Node, path: readonly Node[], fn: FunctionDef | null): boolean {
      for (let i = path.length - 1; i >= 0; i--) {
        const t = path[i]!;
        if (t.kind === 'function' || t.kind === 'lambda' || t.kind === 'class') return false;
        if (t.kind !== 'try' || !t.body.some((s) => within(use, s))) continue;
        if (t.handlers.some((h) => handlerTypeNames(ctx, h.type, fn).some((n) => HANDLED.has(n)))) return true;
      }
      return false;
    }

    /** Nodes from `root` down to `target` (inclusive of root), for try lookup inside a region. */
    function pathTo(root: Node, target: Node): Node[] {
      const out: Node[] = [];
      let cur: Node | null = root;
      while (cur && cur !== target) {
        out.push(cur);
        let next: Node | null = null;
        for (const b of blocksOf(cur)) for (const s of b) if (!next && within(target, s)) next = s;
        cur = next;
      }
      return out;
    }

    function judge(node: Node, test: Expr, regions: Array<readonly Node[]>, outer: readonly Node[]) {
      const fn = enclosingFunction(ctx.ancestors);
      const checks = checksIn(test, fn);
      for (const c of checks) {
        const uses: Use[] = [];
        let raceFree = false;
        for (const region of regions) {
          for (const r of region) {
            walkLocal(r, (n) => {
              if (n.kind !== 'call') return;
              const u = isUseOf(n, c.key, fn);
              if (u === SAFE) raceFree = true;
              else if (u) uses.push(u);
            });
          }
        }
        if (uses.length === 0) {
          ctx.examined(c.call, raceFree ? 'race-free operation (exist_ok, exclusive create)' : 'no operation on the path follows');
          continue;
        }
        if (handledAt(node, outer, fn)) {
          ctx.examined(c.call, 'operation handles the error');
          continue;
        }
        let reported = false;
        for (const u of uses) {
          const owner = regions.flat().find((r) => within(u.call, r));
          const inner = owner && isStmt(owner) ? pathTo(owner, u.call) : [];
          if (handledAt(u.call, inner, fn)) continue;
          if (u.effect !== 'write' && !c.access) {
            // The race can only make this delete/read/mkdir fail with an OSError: a crash at worst,
            // not a redirected write. Reporting these buried the real cases (99 of 118 on dist-packages).
            ctx.examined(u.call, 'race can only make the operation fail');
            reported = true;
            continue;
          }
          const checkName = shortText(ctx.source, c.call.callee.range, 30);
          const op = shortText(ctx.source, u.call.callee.range, 30);
          ctx.report(
            u.call,
            `\`${op}()\` acts on \`${c.text}\` after \`${checkName}()\` checked it at line ${c.call.range.line}; the file can be ` +
              'created, removed or swapped in between (TOCTOU). Do the operation directly and handle the OSError.',
          );
          reported = true;
        }
        if (!reported) ctx.examined(c.call, 'operation handles the error');
      }
    }

    function followingStatements(node: Stmt): readonly Stmt[] {
      const parent = ctx.ancestors.at(-1);
      const blocks = parent ? blocksOf(parent) : [ctx.module.body];
      for (const b of blocks) {
        const i = b.indexOf(node);
        if (i >= 0) return b.slice(i + 1);
      }
      return [];
    }

    return {
      if(node) {
        const regions: Array<readonly Node[]> = [node.body, node.orelse];
        // After an early exit the rest of the block runs only when the check went the other way;
        // an exit by `raise` is input validation (a nicer error), not a decision to act.
        if (skipsAhead(node.body) || (node.orelse.length > 0 && skipsAhead(node.orelse))) regions.push(followingStatements(node));
        judge(node, node.test, regions, ctx.ancestors);
      },
      conditional(node) {
        judge(node, node.test, [[node.body], [node.orelse]], ctx.ancestors);
      },
    };
  },
});

function skipsAhead(stmts: readonly Stmt[]): boolean {
  const last = stmts.at(-1);
  return last !== undefined && (last.kind === 'return' || last.kind === 'continue' || last.kind === 'break') && alwaysLeaves(stmts);
}
