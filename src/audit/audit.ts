/**
 * One review through the audit: parse it, judge its line references against
 * the code, check its compliance with the study's instructions, measure its
 * quality against the static engine's findings, and grade it when the truth
 * is known.
 */
import { lookupCwe } from '../cwe/catalog.js';
import { analyzeSource } from '../engine/analyze-file.js';
import { languageForPath } from '../lang/registry.js';
import { type ClaimKind, classifyClaim } from './claims.js';
import { codeFactsFor } from './code-facts.js';
import { type Compliance, checkCompliance } from './compliance.js';
import { type GradeResult, gradeReview, type Truth } from './grade.js';
import { type CwePolarity, type LineRef, type ParsedReview, parseReviewText, type ReviewDefect, type Verdict } from './parse-review.js';
import { type EngineFinding, engineFinding, type QualitySignals, qualitySignals } from './quality.js';
import { type RefStatus, verifyRef } from './verify.js';

export interface AuditedRef {
  start: number;
  end: number;
  text: string;
  claim: string;
  clause: string;
  stance: LineRef['stance'];
  kind: ClaimKind;
  cue: string | null;
  /** null when no code was given: the reference was read, not judged. */
  status: RefStatus | null;
  reason: string | null;
  /** Lines where the supporting evidence is. */
  evidenceLines: number[];
  broad: boolean;
}

export interface AuditResult {
  review: string;
  code: string | null;
  verdict: Verdict;
  noDefectStatements: string[];
  cwes: Array<{ id: number; name: string | null; polarity: CwePolarity }>;
  lineRefs: AuditedRef[];
  refCounts: Record<RefStatus, number>;
  defects: ReviewDefect[];
  compliance: Compliance;
  quality: QualitySignals;
  /** How the code was read: through the IR, as text, or not at all. */
  codeMethod: 'ir' | 'text' | null;
  codeLines: number | null;
  engineFindings: EngineFinding[];
  /** Why the engine did not run, when it did not. */
  engineNote: string | null;
  grade: GradeResult | null;
  layout: ParsedReview['layout'];
}

export interface AuditInput {
  reviewPath: string;
  reviewText: string;
  codePath: string | null;
  codeText: string | null;
  truth: Truth | null;
}

async function engineFindings(path: string, source: string): Promise<{ findings: EngineFinding[]; note: string | null }> {
  const lang = languageForPath(path);
  if (!lang) return { findings: [], note: 'the engine does not review this language; no contradictions checked' };
  const result = await analyzeSource(path, source, lang, {});
  if (result.status === 'failed') return { findings: [], note: `the engine failed on the code: ${result.error ?? 'unknown error'}` };
  return { findings: result.findings.map(engineFinding), note: null };
}

export async function auditReview(input: AuditInput): Promise<AuditResult> {
  const review = parseReviewText(input.reviewText);
  const refCounts: Record<RefStatus, number> = { supported: 0, near: 0, wrong: 0, unverifiable: 0 };
  let lineRefs: AuditedRef[];
  let codeMethod: AuditResult['codeMethod'] = null;
  let codeLines: number | null = null;
  let findings: EngineFinding[] = [];
  let engineNote: string | null = 'no code given';
  if (input.codePath !== null && input.codeText !== null) {
    const facts = await codeFactsFor(input.codePath, input.codeText);
    codeMethod = facts.method;
    codeLines = facts.lineCount;
    lineRefs = review.lineRefs.map((ref) => {
      const v = verifyRef(ref, facts);
      refCounts[v.status]++;
      return {
        ...pick(ref),
        kind: v.kind,
        cue: v.cue,
        status: v.status,
        reason: v.reason,
        evidenceLines: [...new Set(v.evidence.map((e) => e.line))],
        broad: v.broad,
      };
    });
    ({ findings, note: engineNote } = await engineFindings(input.codePath, input.codeText));
  } else {
    lineRefs = review.lineRefs.map((ref) => {
      const c = classifyClaim(ref);
      return { ...pick(ref), kind: c.kind, cue: c.cue, status: null, reason: null, evidenceLines: [], broad: false };
    });
  }
  return {
    review: input.reviewPath,
    code: input.codePath,
    verdict: review.verdict,
    noDefectStatements: review.noDefectStatements,
    cwes: review.cwes.map((c) => ({ id: c.id, name: lookupCwe(c.id)?.name ?? null, polarity: c.polarity })),
    lineRefs,
    refCounts,
    defects: review.defects,
    compliance: checkCompliance(review),
    quality: qualitySignals(review, input.codeText ?? '', findings),
    codeMethod,
    codeLines,
    engineFindings: findings,
    engineNote,
    grade: input.truth ? gradeReview(review, input.truth) : null,
    layout: review.layout,
  };
}

function pick(ref: LineRef): Pick<AuditedRef, 'start' | 'end' | 'text' | 'claim' | 'clause' | 'stance'> {
  return { start: ref.start, end: ref.end, text: ref.text, claim: ref.claim, clause: ref.clause, stance: ref.stance };
}
