/**
 * The text review's lines about suppressed and baselined findings: a count on
 * every run, and with `--show-suppressed` each suppressed finding with the
 * comment that silenced it (docs/suppressions.md, docs/baseline.md).
 */
import type { Finding } from '../analyze/check.js';
import { countByKind } from '../review/suppressions.js';
import type { Review } from '../review/types.js';

const KIND_LABEL = { pillar: 'pillar: ignore', nosec: 'nosec', noqa: 'noqa', nosemgrep: 'nosemgrep' } as const;

/** Summary lines (indented like the rest of the summary). */
export function suppressionSummaryLines(review: Review, showSuppressed: boolean): string[] {
  const n = review.suppressed.length;
  const byKind = Object.entries(countByKind(review.suppressed))
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${KIND_LABEL[kind as keyof typeof KIND_LABEL]}`);
  const hint = n > 0 && !showSuppressed ? '; --show-suppressed lists them' : '';
  const lines = [`  ${n} ${n === 1 ? 'finding' : 'findings'} suppressed by comments${byKind.length ? ` (${byKind.join(', ')})` : ''}${hint}.`];
  if (review.baseline) {
    const b = review.baseline.baselined;
    lines.push(`  ${b} ${b === 1 ? 'finding' : 'findings'} in the baseline ${review.baseline.file} not reported.`);
  }
  return lines;
}

/** The `--show-suppressed` section: each suppressed finding, the comment's line, and its reason. */
export function suppressedSectionLines(review: Review, dim: (s: string) => string): string[] {
  if (review.suppressed.length === 0) return [];
  const lines = ['Suppressed findings'];
  for (const f of review.suppressed) lines.push(...suppressedLines(f, dim));
  lines.push('');
  return lines;
}

function suppressedLines(f: Finding, dim: (s: string) => string): string[] {
  const s = f.suppression;
  const head = `  ${f.path}:${f.range.line}:${f.range.col} ${f.severity} ${f.checkId} CWE-${f.cwe}: ${f.message}`;
  if (!s) return [head];
  const where = s.line === f.range.line ? 'on the same line' : `on line ${s.line}`;
  const reason = s.reason ? `reason: ${s.reason}` : 'no reason (foreign comment)';
  return [head, dim(`    suppressed by \`${s.text}\` ${where}; ${reason}`)];
}
