/**
 * The files a change touches between two git trees (or a tree and the
 * index), with the lines it adds or modifies in each.
 *
 * Two plumbing commands (plumbing ignores the user's porcelain settings:
 * external diff tools, colour, `diff.noprefix`, `diff.submodule=log`):
 * - `--raw -z` gives the file list: modes, blob ids, status, and the paths
 *   NUL-separated, so spaces, newlines and non-ASCII names arrive intact;
 * - `-p -U0` gives the hunks; with no context lines every `+` line is an
 *   added or modified line. The patch sections are matched to the raw
 *   entries by their `diff --git` header, which we rebuild from the raw
 *   paths (a type change, file to symlink, gives two sections for one entry).
 */
import parseDiff from 'parse-diff';
import type { ChangedFile } from '../review/types.js';
import { ChangeError } from './errors.js';
import { runGit } from './git.js';
import { toRanges } from './lines.js';
import { quoteGitPath } from './quote.js';
import type { ChangeEntry } from './types.js';

const DIFF_OPTIONS = ['-r', '-M', '--no-abbrev'];
const PATCH_OPTIONS = ['-p', '-U0', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', '--submodule=short'];

interface RawEntry {
  oldMode: string;
  newMode: string;
  newOid: string;
  status: string;
  src: string;
  dst: string;
}

/** Compares `base` (a commit or tree) with `head` (a commit), or with the index when `head` is null. */
export async function readTreeDiff(root: string, base: string, head: string | null): Promise<ChangeEntry[]> {
  const command = head === null ? ['diff-index', '--cached', ...DIFF_OPTIONS] : ['diff-tree', ...DIFF_OPTIONS];
  const trees = head === null ? [base] : [base, head];
  const [raw, patch] = await Promise.all([
    runGit(root, [...command, '-z', '--raw', ...trees, '--']),
    runGit(root, [...command, ...PATCH_OPTIONS, ...trees, '--']),
  ]);
  const entries = parseRaw(raw.stdout.toString('utf8'));
  const sections = splitSections(patch.stdout.toString('utf8'));
  return matchSections(entries, sections);
}

export function parseRaw(text: string): RawEntry[] {
  const tokens = text.split('\0');
  const out: RawEntry[] = [];
  let i = 0;
  while (i < tokens.length) {
    const meta = tokens[i++]!;
    if (meta === '') continue;
    const m = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(meta);
    if (!m) throw new ChangeError(`cannot read git's list of changed files near "${meta.slice(0, 80)}"`);
    const status = m[5]!;
    const src = tokens[i++] ?? '';
    const dst = status === 'R' || status === 'C' ? (tokens[i++] ?? '') : src;
    if (status === 'U') throw new ChangeError(`the index has an unresolved merge conflict in ${src}; resolve it before reviewing --staged`);
    out.push({ oldMode: m[1]!, newMode: m[2]!, newOid: m[4]!, status, src, dst });
  }
  return out;
}

interface PatchSection {
  header: string;
  binary: boolean;
  text: string;
}

function splitSections(text: string): PatchSection[] {
  const sections: PatchSection[] = [];
  const starts: number[] = [];
  const re = /^diff --git /gm;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  starts.forEach((start, k) => {
    const body = text.slice(start, starts[k + 1] ?? text.length);
    const eol = body.indexOf('\n');
    const header = eol < 0 ? body : body.slice(0, eol);
    const firstHunk = body.search(/^@@ /m);
    const meta = firstHunk < 0 ? body : body.slice(0, firstHunk);
    sections.push({ header, binary: /^(Binary files .* differ|GIT binary patch)$/m.test(meta), text: body });
  });
  return sections;
}

const STATUS: Record<string, ChangedFile['status']> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};

function kindOf(mode: string, binary: boolean): ChangedFile['kind'] {
  if (mode === '160000') return 'submodule';
  if (mode === '120000') return 'symlink';
  return binary ? 'binary' : 'file';
}

function matchSections(entries: readonly RawEntry[], sections: readonly PatchSection[]): ChangeEntry[] {
  let next = 0;
  return entries.map((e) => {
    const status = STATUS[e.status];
    if (!status) throw new ChangeError(`git reported an unexpected change status "${e.status}" for ${e.dst}`);
    const expected = `diff --git ${quoteGitPath(`a/${e.src}`)} ${quoteGitPath(`b/${e.dst}`)}`;
    const mine: PatchSection[] = [];
    while (next < sections.length && sections[next]!.header === expected) mine.push(sections[next++]!);
    // Every change git lists has a patch section (a rename without edits has one with no hunks).
    if (mine.length === 0) throw new ChangeError(`git's patch output does not match its file list at ${e.dst}`);
    const added: number[] = [];
    for (const s of mine) added.push(...addedLines(s.text));
    const deleted = status === 'deleted';
    const kind = kindOf(deleted ? e.oldMode : e.newMode, mine.some((s) => s.binary));
    return {
      path: deleted ? e.src : e.dst,
      oldPath: status === 'renamed' || status === 'copied' ? e.src : null,
      status,
      kind,
      // A submodule's "+Subproject commit" line or a symlink's target is not a line of code.
      lines: deleted || kind !== 'file' ? [] : toRanges(added),
      ...(deleted ? {} : { oid: e.newOid }),
    };
  });
}

/** New-side line numbers of the `+` lines of one file's patch (parse-diff numbers them). */
export function addedLines(sectionText: string): number[] {
  const out: number[] = [];
  for (const file of parseDiff(sectionText)) {
    for (const chunk of file.chunks) {
      for (const c of chunk.changes) {
        // parse-diff records "\ No newline at end of file" as a copy of the change before it; its text starts with "\".
        if (c.type === 'add' && c.content.startsWith('+')) out.push(c.ln);
      }
    }
  }
  return out;
}
