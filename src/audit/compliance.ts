/**
 * Compliance with the study's prompt instructions: every claimed defect
 * states its line, a description and a fix; a review that claims no defect
 * ends with the sentence "No security defects are detected in the code".
 */
import type { ParsedReview } from './parse-review.js';

export const STUDY_NO_DEFECT_SENTENCE = 'No security defects are detected in the code';

export interface DefectCompliance {
  /** Index into ParsedReview.defects. */
  defect: number;
  hasLine: boolean;
  hasDescription: boolean;
  hasFix: boolean;
}

export interface Compliance {
  defects: DefectCompliance[];
  /** null when the review claims a defect (the sentence is then not required). */
  closingSentence: 'exact' | 'paraphrase' | 'missing' | null;
  /** Every requirement that applies is met. */
  compliant: boolean;
  /** One line per unmet requirement. */
  problems: string[];
}

export function checkCompliance(review: ParsedReview): Compliance {
  const problems: string[] = [];
  const defects = review.defects.map((d, i) => {
    const c = { defect: i, hasLine: d.line !== null, hasDescription: !!d.description, hasFix: !!d.fix };
    const missing = [!c.hasLine && 'line', !c.hasDescription && 'description', !c.hasFix && 'fix'].filter(Boolean);
    if (missing.length) problems.push(`defect ${i + 1}${d.type ? ` (${d.type})` : ''} gives no ${missing.join(', no ')}`);
    return c;
  });
  let closingSentence: Compliance['closingSentence'] = null;
  if (review.verdict !== 'defect') {
    closingSentence = review.exactNoDefectSentence ? 'exact' : review.noDefectStatements.length > 0 ? 'paraphrase' : 'missing';
    if (closingSentence === 'paraphrase') problems.push(`no defect is claimed but the study's sentence "${STUDY_NO_DEFECT_SENTENCE}" is only paraphrased`);
    if (closingSentence === 'missing') problems.push(`no defect is claimed and there is no closing sentence "${STUDY_NO_DEFECT_SENTENCE}"`);
  }
  return { defects, closingSentence, compliant: problems.length === 0, problems };
}
