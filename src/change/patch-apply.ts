/**
 * Applies a file's hunks to its lines in memory, the way `git apply` does:
 * each hunk's old lines (context and deletions) must appear in the file,
 * at the line the hunk names or, failing that, at the nearest offset, after
 * the previous hunk; there is no fuzz. A trailing "\r" is ignored when
 * comparing, so a patch saved with CRLF endings applies to LF files and the
 * other way round.
 *
 * The same code un-applies a patch (`reverse`), which is how a patch that is
 * already applied to the working tree is recognised and its added lines
 * found there.
 *
 * Every line keeps its identity through the edits: `changed` marks lines a
 * forward application added; `origin` is the line's number in the file as it
 * was read, so un-applying tells which lines of that file the patch added.
 */
import type { PatchHunk } from './patch-parse.js';

export interface TextLine {
  text: string;
  changed: boolean;
  origin: number | null;
}

export interface FileState {
  lines: TextLine[];
  /** The last line ends with a newline. */
  eol: boolean;
}

export interface ApplyFailure {
  /** 0-based index of the hunk that did not apply. */
  hunk: number;
  reason: string;
}

export function stateFromText(text: string): FileState {
  if (text === '') return { lines: [], eol: true };
  const eol = text.endsWith('\n');
  const parts = (eol ? text.slice(0, -1) : text).split('\n');
  return { lines: parts.map((t, i) => ({ text: t, changed: false, origin: i + 1 })), eol };
}

export function textFromState(state: FileState): string {
  if (state.lines.length === 0) return '';
  return state.lines.map((l) => l.text).join('\n') + (state.eol ? '\n' : '');
}

const sameLine = (a: string, b: string) => a === b || a.replace(/\r$/, '') === b.replace(/\r$/, '');

/**
 * Applies (or, with `reverse`, un-applies) the hunks to `state` in place.
 * `onRemoved` sees each line the hunks take out. Returns null on success.
 * On failure the state is partly edited and should be dropped.
 */
export function applyHunks(state: FileState, hunks: readonly PatchHunk[], reverse: boolean, onRemoved: (line: TextLine) => void = () => undefined): ApplyFailure | null {
  const take = reverse ? '+' : '-';
  let shift = 0;
  let floor = 0;
  for (let k = 0; k < hunks.length; k++) {
    const h = hunks[k]!;
    const before = h.lines.filter((l) => l.op === ' ' || l.op === take);
    const start = reverse ? h.newStart : h.oldStart;
    // A hunk with no old lines inserts after line `start`; otherwise its first old line is line `start`.
    const stated = (before.length === 0 ? start : start - 1) + shift;
    const at = locate(state.lines, before.map((l) => l.text), stated, floor, anchors(h, start));
    if (at < 0) return { hunk: k, reason: mismatchReason(state.lines, before.length, stated) };
    const old = state.lines.slice(at, at + before.length);
    const replacement: TextLine[] = [];
    let o = 0;
    for (const l of h.lines) {
      if (l.op === ' ') replacement.push(old[o++]!);
      else if (l.op === take) onRemoved(old[o++]!);
      else replacement.push({ text: l.text, changed: !reverse, origin: null });
    }
    const reachesEnd = at + before.length === state.lines.length;
    state.lines.splice(at, before.length, ...replacement);
    const noEol = reverse ? h.oldNoEol : h.newNoEol;
    // The hunk's new side ends the file: it says whether the file ends with a newline.
    if (noEol) state.eol = false;
    else if (reachesEnd) state.eol = true;
    shift += at - stated + replacement.length - before.length;
    floor = at + replacement.length;
  }
  return null;
}

/**
 * git apply's anchoring: a hunk that starts at line 1 must match at the start
 * of the file, and one with context but none after its last change must
 * match at the end (else a patch that adds lines at the end of a file would
 * apply again to the file that already has them). Hunks without any context
 * (`diff -U0`) carry no anchor.
 */
function anchors(h: PatchHunk, start: number): { start: boolean; end: boolean } {
  const hasContext = h.lines.some((l) => l.op === ' ');
  return { start: hasContext && start <= 1, end: hasContext && h.lines.at(-1)?.op !== ' ' };
}

/** Where `wanted` occurs, nearest to `stated` and not before `floor`; -1 if nowhere. */
function locate(lines: readonly TextLine[], wanted: readonly string[], stated: number, floor: number, anchor: { start: boolean; end: boolean }): number {
  const last = lines.length - wanted.length;
  if (wanted.length === 0) return stated >= floor && stated <= lines.length ? stated : -1;
  const matchesAt = (i: number) =>
    (!anchor.start || i === 0) && (!anchor.end || i === last) && wanted.every((w, j) => sameLine(lines[i + j]!.text, w));
  for (let d = 0; ; d++) {
    const up = stated - d;
    const down = stated + d;
    if (up < floor && down > last) return -1;
    if (down <= last && down >= floor && matchesAt(down)) return down;
    if (d > 0 && up >= floor && up <= last && matchesAt(up)) return up;
  }
}

function mismatchReason(lines: readonly TextLine[], count: number, stated: number): string {
  if (stated + count > lines.length) {
    return `the file has ${lines.length} ${lines.length === 1 ? 'line' : 'lines'}, and the hunk's lines are not found in it`;
  }
  const first = stated + 1;
  const range = count <= 1 ? `line ${first}` : `lines ${first}-${first + count - 1}`;
  return `${range} of the file differ from the hunk's context and removed lines, and they are not found elsewhere`;
}
