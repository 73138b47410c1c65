/**
 * The model stage's part of the text review (src/format/text.ts calls these):
 * where each finding came from and what the model said of it, and a summary
 * of the model's run (files it did not review, dropped claims, usage).
 */
import type { Finding } from '../analyze/check.js';
import type { Review } from '../review/types.js';
import { usageSentence } from './usage.js';

type Paint = (s: string) => string;

const ORIGIN_TEXT: Record<NonNullable<Finding['origin']>, string> = {
  static: 'found by the static engine',
  model: 'found by the model (citation checked)',
  both: 'found by the static engine and the model',
};

/** Lines under a finding: its origin and the model's opinion, when a model took part. */
export function findingModelLines(f: Finding, dim: Paint, warn: Paint): string[] {
  if (!f.origin) return [];
  const lines = [`    ${dim('origin:')} ${ORIGIN_TEXT[f.origin]}`];
  const o = f.modelOpinion;
  if (o?.verdict === 'disputed') lines.push(`    ${warn('disputed by the model:')} ${o.reason} (kept: the static finding stands)`);
  else if (o?.verdict === 'confirmed') lines.push(`    ${dim('confirmed by the model:')} ${o.reason}`);
  else if (o?.verdict === 'not-assessed') lines.push(`    ${dim('not assessed by the model:')} ${o.reason}`);
  return lines;
}

/** Summary lines about the model's run; none for a static review. */
export function modelSummaryLines(review: Review, warn: Paint): string[] {
  const m = review.model;
  if (!m) return [];
  const out = [`  model: ${m.model} at ${m.server}, --engine ${m.engine}, --prompt ${m.prompt}; ${usageSentence(m.usage)}.`];
  if (m.engine === 'hybrid') {
    const { confirmed, disputed, notAssessed } = m.candidates;
    out.push(`  static findings: ${confirmed} confirmed by the model, ${disputed} disputed, ${notAssessed} not assessed.`);
  }
  if (m.dropped.length) {
    const byReason = new Map<string, number>();
    out.push(warn(`  ${m.dropped.length} model ${m.dropped.length === 1 ? 'finding' : 'findings'} dropped:`));
    for (const d of m.dropped) {
      const where = d.line > 0 ? `${d.path}:${d.line}` : d.path;
      byReason.set(`${where}: ${d.reason}`, (byReason.get(`${where}: ${d.reason}`) ?? 0) + 1);
    }
    for (const [text, n] of byReason) out.push(warn(`    ${text}${n > 1 ? ` (${n} times)` : ''}`));
  }
  for (const f of m.filesNotReviewed) out.push(warn(`  not reviewed by the model: ${f.path}: ${f.reason}`));
  return out;
}
