/**
 * The default, human-readable review: one section per pillar, findings with
 * file:line:column, the offending line, why it matters and how to fix it; for
 * a pillar with no finding, what was checked and where. Ends with the verdict.
 */
import pc from 'picocolors';
import type { Finding } from '../analyze/check.js';
import { lookupCwe, PILLARS } from '../cwe/catalog.js';
import { describeChange } from '../change/describe.js';
import type { Review } from '../review/types.js';
import { suppressedSectionLines, suppressionSummaryLines } from './suppressions-text.js';
import { findingModelLines, modelSummaryLines } from '../model/report-text.js';

export interface TextOptions {
  color: boolean;
  /** `--show-suppressed`: list suppressed findings with the comment that silenced each. */
  showSuppressed?: boolean;
}

export function formatText(review: Review, options: TextOptions): string {
  const c = pc.createColors(options.color);
  const metaById = new Map(review.checks.map((m) => [m.id, m]));
  const out: string[] = [];
  const { totals, files } = review;
  const langs = [...new Set(files.reviewed.map((f) => f.language).filter(Boolean))].join(', ') || 'no supported language';
  const scope = review.pillars.length < PILLARS.length ? `; pillars ${review.pillars.map((p) => p.id).join(', ')} only` : '';
  out.push(c.bold(`Pillar security review: ${totals.files} ${totals.files === 1 ? 'file' : 'files'}, ${totals.lines} lines (${langs}${scope})`));
  if (review.change) out.push(...describeChange(review.change, { bold: c.bold, dim: c.dim }));
  out.push('');

  for (const p of review.pillars) {
    // ✗ findings, ✓ checked and clean, – nothing applied (not a pass).
    const mark = p.findings.length ? c.red('✗') : p.checks.length ? c.green('✓') : c.dim('–');
    out.push(`${mark} ${c.bold(`CWE-${p.id} ${p.name}`)}${p.findings.length ? ` ${c.dim(`(${p.statement.replace(/\.$/, '')})`)}` : ''}`);
    if (p.findings.length === 0) {
      if (p.checks.length === 0) out.push(`    ${p.statement}`);
      else {
        out.push('    No defect found. Checked:');
        for (const ch of p.checks) out.push(`    - ${ch.title} (${ch.checkId}, CWE-${ch.cwe}): ${ch.summary}.`);
      }
    }
    // The fix is the same for every finding of a check: print it with the first one in the section.
    const fixShown = new Set<string>();
    for (const f of p.findings) {
      const fix = fixShown.has(f.checkId) ? undefined : metaById.get(f.checkId)?.fix;
      fixShown.add(f.checkId);
      out.push(...findingLines(f, fix, c));
    }
    // Checks of this pillar that found nothing still say what they examined.
    const clean = p.findings.length ? p.checks.filter((ch) => ch.findings === 0) : [];
    if (clean.length) {
      out.push('    Also checked:');
      for (const ch of clean) out.push(`    - ${ch.title} (${ch.checkId}, CWE-${ch.cwe}): ${ch.summary}.`);
    }
    out.push('');
  }

  if (options.showSuppressed) out.push(...suppressedSectionLines(review, c.dim));
  out.push(c.bold('Summary'));
  const sev = Object.entries(totals.bySeverity)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  out.push(`  ${totals.findings} ${totals.findings === 1 ? 'finding' : 'findings'}${sev ? ` (${sev})` : ''} in ${totals.files} reviewed ${totals.files === 1 ? 'file' : 'files'}, ${totals.lines} lines.`);
  out.push(...suppressionSummaryLines(review, options.showSuppressed === true));
  for (const s of files.skipped) out.push(`  skipped ${s.path}: ${skipText(s.reason)}`);
  for (const f of files.failed) out.push(c.yellow(`  failed ${f.path}: ${f.error} (the rest of the review went on)`));
  for (const f of files.reviewed) {
    if (f.parseErrors.length) out.push(c.yellow(`  ${f.path}: could not parse ${lineList(f.parseErrors.map((r) => [r.line, r.endLine]))}; the rest of the file was reviewed.`));
    // Checks that share one analysis (all taint checks share the dataflow run) fail with one message: say it once.
    const byMessage = new Map<string, string[]>();
    for (const i of f.incomplete) byMessage.set(i.message, [...(byMessage.get(i.message) ?? []), i.checkId]);
    for (const [message, ids] of byMessage) {
      out.push(c.yellow(`  ${f.path}: partially analysed; did not finish: ${ids.join(', ')}: ${message}`));
    }
  }
  out.push(...modelSummaryLines(review, c.yellow));
  out.push('');
  // Files the model did not review leave the review without a clean verdict (yellow, not green).
  const verdictColor = review.findings.length ? c.red : review.model?.filesNotReviewed.length ? c.yellow : c.green;
  out.push(verdictColor(c.bold(review.verdict)));
  return `${out.join('\n')}\n`;
}

function findingLines(f: Finding, fix: string | undefined, c: ReturnType<typeof pc.createColors>): string[] {
  const sevColor = f.severity === 'critical' || f.severity === 'high' ? c.red : f.severity === 'medium' ? c.yellow : c.cyan;
  const cwe = lookupCwe(f.cwe);
  const lines = [
    `  ${c.bold(`${f.path}:${f.range.line}:${f.range.col}`)} ${sevColor(f.severity)} ${c.dim(`(${f.confidence} confidence)`)} ${f.checkId} CWE-${f.cwe}${cwe ? ` ${cwe.name}` : ''}`,
    `    ${f.message}`,
  ];
  f.snippet.split('\n').forEach((text, i) => {
    lines.push(c.dim(`    ${String(f.range.line + i).padStart(5)} | ${text}`));
  });
  for (const step of f.flow ?? []) lines.push(`    ${c.dim('flow')} ${step.range.line}:${step.range.col} ${step.note}`);
  lines.push(...findingModelLines(f, c.dim, c.yellow));
  if (fix) lines.push(`    ${c.green('fix:')} ${fix}`);
  return lines;
}

export function skipText(reason: string): string {
  switch (reason) {
    case 'binary':
      return 'binary file';
    case 'non-utf8':
      return 'not valid UTF-8';
    case 'empty':
      return 'empty file';
    case 'too-large':
      return 'larger than the size limit (--max-file-size)';
    case 'unreadable':
      return 'could not be read';
    case 'unsupported-language':
      return 'no reviewer for this language';
    case 'excluded':
      return "left out by the configuration's include/exclude";
    default:
      return reason;
  }
}

export function lineList(ranges: Array<[number, number]>): string {
  const parts = [...new Map(ranges.map(([a, b]) => [`${a}-${b}`, [a, b] as const])).values()].map(([a, b]) =>
    a === b ? `line ${a}` : `lines ${a}-${b}`,
  );
  return parts.join(', ');
}
