/**
 * A finding's identity across runs, used by baselines and by SARIF
 * `partialFingerprints`. It is made of what a reviewer would call "the same
 * defect": the check, the CWE, the file, the normalised code of the sink and
 * the enclosing function. The line number is deliberately left out, so that
 * code inserted above a finding does not make it new; editing the sink,
 * moving it to another function or renaming that function does.
 *
 * Two identical findings in the same place share a fingerprint; callers that
 * need to tell them apart count occurrences (`withOccurrences`).
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../analyze/check.js';

/** Bumped when the parts or their normalisation change (old baselines then no longer match). */
export const FINGERPRINT_VERSION = 1;

/** Hex SHA-256 of the finding's normalised identity. */
export function findingFingerprint(finding: Finding): string {
  const parts = [
    `pillar-fingerprint/${FINGERPRINT_VERSION}`,
    finding.checkId,
    String(finding.cwe),
    normalisePath(finding.path),
    finding.context?.function ?? '',
    sinkCode(finding),
  ];
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/**
 * The code the finding points at, whitespace-collapsed: the text of its range
 * within the snippet (the snippet holds whole lines, at most three). Only the
 * range is taken, so a comment or a change elsewhere on the line (such as an
 * added suppression comment) leaves the fingerprint alone.
 */
export function sinkCode(finding: Finding): string {
  const lines = finding.snippet.split('\n');
  const { line, col, endLine, endCol } = finding.range;
  const lastIndex = Math.min(endLine - line, lines.length - 1);
  const taken = lines.slice(0, lastIndex + 1);
  if (taken.length === 0) return '';
  // Slice the end first: on a one-line range both cuts apply to the same line.
  if (endLine - line === lastIndex) taken[lastIndex] = taken[lastIndex]!.slice(0, Math.max(0, endCol - 1));
  taken[0] = taken[0]!.slice(Math.max(0, col - 1));
  const code = collapseWhitespace(taken.join('\n'));
  // A range that is empty on its line (zero width) still has its line to go by.
  return code || collapseWhitespace(lines[0] ?? '');
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Forward slashes and no leading `./`, so Windows and POSIX runs agree. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/**
 * Pairs each finding with `fingerprint:n`, n counting earlier findings with
 * the same fingerprint in location order, so duplicates stay distinct and
 * keep their keys when unrelated lines move.
 */
export function withOccurrences(findings: readonly Finding[]): Map<Finding, string> {
  const ordered = [...findings].sort(
    (a, b) => a.path.localeCompare(b.path) || a.range.line - b.range.line || a.range.col - b.range.col || a.checkId.localeCompare(b.checkId),
  );
  const seen = new Map<string, number>();
  const out = new Map<Finding, string>();
  for (const f of ordered) {
    const fp = findingFingerprint(f);
    const n = (seen.get(fp) ?? 0) + 1;
    seen.set(fp, n);
    out.set(f, `${fp}:${n}`);
  }
  return out;
}
