/**
 * How code is shown to the model: every line with its number in the file, so
 * that the model can cite lines and the citations can be checked, inside
 * delimiters the code cannot close (the marker carries a hash of the code).
 */
import { createHash } from 'node:crypto';

/** A run of file lines [start, end], 1-based, inclusive. */
export type LineSpan = readonly [number, number];

/**
 * The lines of `lines` (the file split on newlines) in the given spans,
 * numbered as in the file; a gap between spans is shown as a line "...".
 */
export function numberedCode(lines: readonly string[], spans: readonly LineSpan[]): string {
  const width = String(lines.length).length;
  const out: string[] = [];
  let previousEnd = 0;
  for (const [start, end] of spans) {
    if (previousEnd && start > previousEnd + 1) out.push(`${' '.repeat(width)} | ...`);
    for (let n = start; n <= end; n++) out.push(`${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
    previousEnd = end;
  }
  return out.join('\n');
}

/** Begin and end markers for a block of code; derived from the code, so the code cannot contain them. */
export function codeMarkers(code: string): { begin: string; end: string } {
  const tag = createHash('sha256').update(code).digest('hex').slice(0, 12);
  return { begin: `BEGIN CODE ${tag}`, end: `END CODE ${tag}` };
}

export function fencedCode(code: string): string {
  const { begin, end } = codeMarkers(code);
  return `${begin}\n${code}\n${end}`;
}
