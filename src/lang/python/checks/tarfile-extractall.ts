/**
 * ## What it does
 * Flags tar extraction without an extraction filter:
 * - `<archive>.extractall(...)` and `<archive>.extract(...)` where the archive
 *   comes from `tarfile.open(...)` / `tarfile.TarFile(...)` (called directly,
 *   bound once to a name, or bound by `with tarfile.open(...) as tf`), and the
 *   unbound form `tarfile.TarFile.extractall(tf, ...)`;
 * - `shutil.unpack_archive(...)` without `filter=`, unless the archive is
 *   known to be a zip file.
 * `filter="data"` / `"tar"` (or `tarfile.data_filter` / `tar_filter`) is the
 * fix; `filter="fully_trusted"` is reported like no filter.
 *
 * ## Why is this bad?
 * Tar members may have absolute names, `..` components, or be symlinks and
 * hard links pointing outside the destination. Without a filter (the default
 * before Python 3.14) extracting an untrusted archive writes files anywhere the
 * process can write (CVE-2007-4559), e.g. over `~/.ssh/authorized_keys` or code.
 *
 * ## CWE choice and precision
 * CWE-22 (Path Traversal) rather than CWE-23: besides relative `../` names,
 * absolute names (CWE-36) and links (CWE-59) escape the directory too, and
 * CWE-22 is the most specific weakness covering all of them. A `members=`
 * selection other than `tf.getmembers()` may be a sanitising filter and is only
 * recorded as examined; so is a custom `filter=` function, and an
 * `extract(member)` inside an `if` that tests that member. A module that sets
 * `tarfile.TarFile.extraction_filter` to a safe filter, or sets it on the
 * archive object, is not reported. `zipfile` is not flagged: it strips
 * absolute paths and `..` itself. Confidence is medium because code that only
 * runs on Python 3.14+ gets the `data` filter by default.
 */
import { argument, defineCheck } from '../../../analyze/check.js';
import type { Scope } from '../../../analyze/scope.js';
import type { CallExpr, Expr } from '../../../ir/types.js';
import { someNode, dottedName } from '../../../ir/walk.js';
import { constOf, isMadeBy } from './_local-value-util.js';

const OPENERS = new Set([
  'tarfile.open',
  'tarfile.TarFile',
  'tarfile.TarFile.open',
  'tarfile.TarFile.taropen',
  'tarfile.TarFile.gzopen',
  'tarfile.TarFile.bz2open',
  'tarfile.TarFile.xzopen',
  'tarfile.TarFile.zstopen',
]);
const SAFE_FILTER_NAMES = new Set(['tarfile.data_filter', 'tarfile.tar_filter']);
const SAFE_FILTER_STRINGS = new Set(['data', 'tar']);
const TRUSTING = new Set(['fully_trusted', 'tarfile.fully_trusted_filter']);

export default defineCheck({
  meta: {
    id: 'tarfile-extractall',
    title: 'Tar archive extracted without a filter',
    cwe: 22,
    severity: 'high',
    confidence: 'medium',
    languages: ['python'],
    description:
      '`TarFile.extractall()` / `extract()` on an archive opened with `tarfile`, and `shutil.unpack_archive()`, ' +
      'without `filter="data"` (or `"tar"`).',
    why:
      'Tar members can carry absolute paths, `..` components or links pointing outside the destination. Extracting ' +
      'an untrusted archive without a filter lets it overwrite any file the process can write.',
    fix:
      'Pass `filter="data"` (Python 3.12+, and security releases of 3.8-3.11): `tf.extractall(dest, filter="data")`. ' +
      'On older versions validate each member (resolved path inside the destination, no links) and pass the ' +
      'vetted list as `members=`.',
    example: {
      bad: 'import tarfile\nwith tarfile.open(upload) as tf:\n    tf.extractall(dest)',
      good: 'import tarfile\nwith tarfile.open(upload) as tf:\n    tf.extractall(dest, filter="data")',
    },
    references: [
      'https://cwe.mitre.org/data/definitions/22.html',
      'https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter',
      'https://peps.python.org/pep-0706/',
    ],
    evidence: { subject: 'archive extraction', clean: 'each uses an extraction filter or vetted members' },
    aliases: { bandit: ['B202'], ruff: ['S202'] },
  },
  create(ctx) {
    let globalFilter = false;
    const instanceFilters = new Map<Scope, Set<string>>();
    const pending: Array<{ node: CallExpr; scope: Scope; key: string | null; message: string }> = [];

    const isSafeFilter = (e: Expr): boolean => {
      if (e.kind === 'call' && ctx.qualifiedName(e.callee) === 'staticmethod' && e.args[0]) return isSafeFilter(e.args[0].value);
      const q = ctx.qualifiedName(e);
      if (q !== null && SAFE_FILTER_NAMES.has(q)) return true;
      const v = constOf(ctx, e);
      return typeof v === 'string' && SAFE_FILTER_STRINGS.has(v);
    };

    /** Returns a message when the call extracts without protection, or null when it was judged safe. */
    const judge = (node: CallExpr, filter: Expr | null, members: Expr | null, what: string): string | null => {
      if (filter) {
        const q = ctx.qualifiedName(filter);
        const v = constOf(ctx, filter);
        if ((q !== null && TRUSTING.has(q)) || (typeof v === 'string' && TRUSTING.has(v))) {
          return `${what} with the \`fully_trusted\` filter lets members escape the destination (absolute paths, \`..\`, links).`;
        }
        if (v === null) return `${what} with \`filter=None\` applies no filter: members can escape the destination (absolute paths, \`..\`, links).`;
        ctx.examined(node, isSafeFilter(filter) ? 'extraction filter' : 'custom extraction filter');
        return null;
      }
      if (members) {
        const vetted = !(members.kind === 'call' && members.callee.kind === 'attribute' && members.callee.attr === 'getmembers');
        if (vetted && !(members.kind === 'literal' && members.type === 'none')) {
          ctx.examined(node, 'selected members');
          return null;
        }
      }
      if (node.args.some((a) => a.spread === 'dict')) return null;
      return `${what} without \`filter="data"\`: a crafted archive can write outside the destination (absolute paths, \`..\`, links).`;
    };

    /** `if is_safe(member): tf.extract(member)`: an enclosing `if` tests the member being extracted. */
    const memberIsChecked = (member: Expr | null): boolean => {
      if (member?.kind !== 'name') return false;
      const id = member.id;
      return ctx.ancestors.some((a) => a.kind === 'if' && someNode(a.test, (n) => n.kind === 'name' && n.id === id));
    };

    return {
      call(node) {
        const name = ctx.qualifiedName(node.callee);
        if (name === 'shutil.unpack_archive') {
          const fmt = argument(node, 2, 'format');
          const file = argument(node, 0, 'filename');
          const fileName = file ? constOf(ctx, file) : undefined;
          if ((fmt && constOf(ctx, fmt) === 'zip') || (typeof fileName === 'string' && /\.zip$/i.test(fileName))) {
            ctx.examined(node, 'zip archive');
            return;
          }
          const msg = judge(node, argument(node, null, 'filter'), null, '`shutil.unpack_archive()`');
          if (msg) pending.push({ node, scope: ctx.scope, key: null, message: msg });
          return;
        }
        if (name === 'tarfile.TarFile.extractall' || name === 'tarfile.TarFile.extract') {
          const method = name.endsWith('extractall') ? 'extractall' : 'extract';
          const members = method === 'extractall' ? argument(node, 2, 'members') : null;
          const msg = judge(node, argument(node, null, 'filter'), members, `\`TarFile.${method}()\``);
          const archive = argument(node, 0, 'self');
          if (msg) pending.push({ node, scope: ctx.scope, key: archive ? dottedName(archive) : null, message: msg });
          return;
        }
        if (node.callee.kind !== 'attribute') return;
        const method = node.callee.attr;
        if (method !== 'extractall' && method !== 'extract') return;
        const archive = node.callee.object;
        if (!isMadeBy(ctx, archive, OPENERS)) return;
        const members = method === 'extractall' ? argument(node, 1, 'members') : null;
        if (method === 'extract' && memberIsChecked(argument(node, 0, 'member'))) {
          ctx.examined(node, 'member checked before extract');
          return;
        }
        const msg = judge(node, argument(node, null, 'filter'), members, `\`${method}()\``);
        if (msg) pending.push({ node, scope: ctx.scope, key: dottedName(archive), message: msg });
      },
      assign(node) {
        if (!node.value || node.op !== null) return;
        for (const t of node.targets) {
          if (t.kind !== 'attribute' || t.attr !== 'extraction_filter' || !isSafeFilter(node.value)) continue;
          if (ctx.qualifiedName(t.object) === 'tarfile.TarFile') {
            globalFilter = true;
            continue;
          }
          const key = dottedName(t.object);
          if (key === null) continue;
          let set = instanceFilters.get(ctx.scope);
          if (!set) {
            set = new Set();
            instanceFilters.set(ctx.scope, set);
          }
          set.add(key);
        }
      },
      'module:exit'() {
        for (const p of pending) {
          if (globalFilter || (p.key !== null && instanceFilters.get(p.scope)?.has(p.key))) {
            ctx.examined(p.node, 'extraction_filter set');
          } else {
            ctx.report(p.node, p.message);
          }
        }
      },
    };
  },
});
