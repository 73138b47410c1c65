/**
 * The change part of the review header in words: what was reviewed (the
 * range, commit, index or patch), the head commit's message, the files with
 * their status and changed lines, and how many findings were left out
 * because they are not on the change's lines. Plain lines; the text format
 * colours them.
 */
import type { ChangedFile, ReviewChange } from '../review/types.js';
import { countLines } from './lines.js';

/** Files listed one per line before the rest are counted. */
const MAX_FILES_LISTED = 25;
/** Lines of the head commit's message shown. */
const MAX_MESSAGE_LINES = 12;
const MAX_OTHER_COMMITS = 10;

export interface ChangeHeaderStyle {
  bold: (s: string) => string;
  dim: (s: string) => string;
}

const plain: ChangeHeaderStyle = { bold: (s) => s, dim: (s) => s };

export function describeChange(change: ReviewChange, style: ChangeHeaderStyle = plain): string[] {
  const out: string[] = [style.bold(`Change: ${what(change)}`)];
  const [head, ...older] = change.commits;
  if (head) {
    const lines = head.message.split('\n').map(printable);
    const shown = lines.slice(0, MAX_MESSAGE_LINES);
    out.push(`  ${head.sha ? `${style.dim(short(head.sha))} ` : ''}${style.bold(shown[0] ?? '')}`);
    for (const l of shown.slice(1)) out.push(l ? `    ${l}` : '');
    if (lines.length > shown.length) out.push(style.dim(`    (${lines.length - shown.length} more lines of the message)`));
  } else if (change.kind === 'staged' || change.kind === 'patch') {
    out.push(style.dim('  no commit message'));
  }
  if (change.commitCount > 1) {
    out.push(`  ${change.commitCount} commits:`);
    const listed = [head!, ...older].slice(0, MAX_OTHER_COMMITS);
    for (const c of listed) out.push(`    ${c.sha ? `${short(c.sha)} ` : ''}${printable(c.subject)}`);
    if (change.commitCount > listed.length) out.push(style.dim(`    … and ${change.commitCount - listed.length} more`));
  }

  const reviewed = change.files.filter((f) => !f.notReviewed).length;
  const total = change.files.length;
  out.push(
    `  ${total} ${total === 1 ? 'file' : 'files'} changed, ${reviewed} reviewed; ${change.changedLines} added or modified ${change.changedLines === 1 ? 'line' : 'lines'}`,
  );
  for (const f of change.files.slice(0, MAX_FILES_LISTED)) out.push(`    ${fileLine(f)}`);
  if (total > MAX_FILES_LISTED) out.push(style.dim(`    … and ${total - MAX_FILES_LISTED} more files`));
  out.push(
    `  Findings and evidence cover the changed lines only (a flow counts when any of its steps is on one); ${change.droppedOutsideChange} ${change.droppedOutsideChange === 1 ? 'finding' : 'findings'} elsewhere in these files ${change.droppedOutsideChange === 1 ? 'is' : 'are'} not shown.`,
  );
  return out;
}

function what(change: ReviewChange): string {
  switch (change.kind) {
    case 'diff':
      return `${change.source} (${change.base ? short(change.base) : '?'}..${change.head ? short(change.head) : '?'})`;
    case 'commit':
      return `commit ${change.head ? short(change.head) : change.source}${change.base ? ` against its parent ${short(change.base)}` : ' (root commit)'}`;
    case 'staged':
      return `staged changes (the index against ${change.base ? `HEAD ${short(change.base)}` : 'an empty tree: no commit yet'})`;
    case 'patch': {
      const name = change.source === '-' ? 'standard input' : change.source;
      return `patch ${name} (${change.patch === 'already-applied' ? 'already applied to the working tree' : 'applied in memory to the working tree'})`;
    }
  }
}

const STATUS_LETTER: Record<ChangedFile['status'], string> = {
  added: 'A',
  modified: 'M',
  renamed: 'R',
  copied: 'C',
  deleted: 'D',
  'type-changed': 'T',
};

const NOT_REVIEWED: Record<NonNullable<ChangedFile['notReviewed']>, string> = {
  deleted: 'deleted, nothing to review',
  binary: 'binary, not reviewed',
  submodule: 'submodule, not reviewed',
  symlink: 'symbolic link, not reviewed',
  'no-changed-lines': 'no added or modified lines',
  'unsupported-language': 'no reviewer for this language',
  excluded: 'excluded (--exclude)',
  skipped: 'skipped',
};

function fileLine(f: ChangedFile): string {
  const name = printable(f.oldPath ? `${f.oldPath} → ${f.path}` : f.path);
  const n = countLines(f.lines);
  const note = f.notReviewed
    ? `${NOT_REVIEWED[f.notReviewed]}${f.skipReason ? `: ${f.skipReason}` : ''}`
    : `${n} changed ${n === 1 ? 'line' : 'lines'}: ${lineRanges(f.lines)}`;
  return `${STATUS_LETTER[f.status]} ${name} (${note})`;
}

function lineRanges(ranges: ReadonlyArray<readonly [number, number]>): string {
  const shown = ranges.slice(0, 6).map(([a, b]) => (a === b ? `L${a}` : `L${a}-${b}`));
  return ranges.length > shown.length ? `${shown.join(', ')} …` : shown.join(', ');
}

/**
 * Commit messages and file names come from the change's author: control
 * characters (terminal escape sequences among them) are shown as \xNN, not
 * sent to the terminal.
 */
export function printable(s: string): string {
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
