/**
 * Reads a prose answer (the study's prompts P1–P5) with the same parser
 * `pillar audit` uses (src/audit/parse-review.ts), and turns the defects it
 * claims into claims the model stage can verify.
 *
 * A prose defect has a line but no field for the code; the code it quotes in
 * backticks (`time.sleep(5)`) is taken as its quote, each backticked piece a
 * candidate. A defect that quotes no code cannot be checked and is dropped
 * by verification like any other uncited claim.
 */
import { parseReviewText, type Verdict } from '../audit/parse-review.js';
import type { ModelClaim } from './types.js';

export interface FreeTextClaim {
  claim: ModelClaim;
  /** Code fragments the defect's text quotes; verification accepts the claim when one is on the cited line(s). */
  quotes: string[];
}

export interface FreeTextAnswer {
  verdict: Verdict;
  claims: FreeTextClaim[];
  /** Defects the text claims without naming a line: reported as dropped. */
  unlocated: number;
  /** Every line the text refers to, with the sentence around it. */
  lineRefs: Array<{ start: number; end: number; claim: string }>;
}

export function parseFreeTextAnswer(text: string): FreeTextAnswer {
  const parsed = parseReviewText(text);
  const claims: FreeTextClaim[] = [];
  let unlocated = 0;
  for (const d of parsed.defects) {
    if (d.line === null) {
      unlocated++;
      continue;
    }
    const unit = parsed.units[d.unit];
    const unitText = unit?.text ?? '';
    // The parser names a defect's CWE when a field states it; otherwise the CWE its section claims (the P3/P4 layout).
    const sectionCwe = unit
      ? parsed.cwes.flatMap((c) => c.mentions.filter((m) => m.offset >= unit.start && m.offset < unit.end && m.polarity !== 'dismissed')).sort((a, b) => a.offset - b.offset)[0]?.id
      : undefined;
    const quotes = [...unitText.matchAll(/`{1,3}([^`]+)`{1,3}/g)].map((m) => m[1]!.trim()).filter(Boolean);
    claims.push({
      claim: {
        line: d.line,
        endLine: Math.max(d.line, d.endLine ?? d.line),
        quote: quotes[0] ?? '',
        cwe: d.cwe ?? sectionCwe ?? null,
        severity: 'medium',
        title: d.type ?? (d.cwe ? `CWE-${d.cwe}` : 'Security defect'),
        description: d.description ?? '',
        fix: d.fix ?? '',
      },
      quotes,
    });
  }
  return {
    verdict: parsed.verdict,
    claims,
    unlocated,
    lineRefs: parsed.lineRefs.map((r) => ({ start: r.start, end: r.end, claim: r.claim })),
  };
}
