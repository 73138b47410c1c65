/**
 * Judges every line reference of a review against the code.
 *
 * Window tolerance: a reference to line L is judged on L itself; evidence
 * on the cited line (or anywhere inside a cited range a-b) makes it
 * "supported". Evidence within WINDOW_TOLERANCE (2) lines outside the cited
 * line or range makes it "near": the reference is off by a line or two
 * (reviews often count from a header or cite the line after a decorator), and
 * the report gives the line where the evidence is. Nothing in that window
 * makes it "wrong", as does a line past the end of the file. A claim whose
 * kind the tool cannot check is "unverifiable", never guessed.
 */
import { type ClaimClassification, type ClaimKind, classifyClaim, KIND_NEEDS } from './claims.js';
import type { CodeFact, CodeFacts } from './code-facts.js';
import type { LineRef } from './parse-review.js';

export const WINDOW_TOLERANCE = 2;
/** A range longer than this is judged but flagged as too broad to pin anything down. */
export const BROAD_RANGE = 20;

export type RefStatus = 'supported' | 'near' | 'wrong' | 'unverifiable';

export interface VerifiedRef {
  ref: LineRef;
  kind: ClaimKind;
  cue: string | null;
  candidates: ClaimKind[];
  status: RefStatus;
  /** One sentence saying why. */
  reason: string;
  /** The evidence that decided it (for supported and near). */
  evidence: CodeFact[];
  /** The range is longer than BROAD_RANGE lines. */
  broad: boolean;
}

function overlaps(f: CodeFact, from: number, to: number): boolean {
  return f.line <= to && f.endLine >= from;
}

function describe(f: CodeFact): string {
  return f.line === f.endLine ? `${f.what} at line ${f.line}` : `${f.what} at lines ${f.line}-${f.endLine}`;
}

function cited(ref: LineRef): string {
  return ref.start === ref.end ? `line ${ref.start}` : `lines ${ref.start}-${ref.end}`;
}

export function verifyRef(ref: LineRef, code: CodeFacts, classification: ClaimClassification = classifyClaim(ref)): VerifiedRef {
  const base = { ref, kind: classification.kind, cue: classification.cue, candidates: classification.candidates, broad: ref.end - ref.start + 1 > BROAD_RANGE };
  if (ref.end > code.lineCount) {
    const missing = ref.start > code.lineCount ? cited(ref) : `line ${ref.end}`;
    return { ...base, status: 'wrong', reason: `${missing} does not exist: the file has ${code.lineCount} lines`, evidence: [] };
  }
  if (classification.kind === 'unverifiable') {
    return { ...base, status: 'unverifiable', reason: 'the claim names nothing the tool can check at a line', evidence: [] };
  }
  const ofKind = code.facts.filter((f) => f.kind === classification.kind);
  const exact = ofKind.filter((f) => overlaps(f, ref.start, ref.end));
  if (exact.length > 0) {
    return { ...base, status: 'supported', reason: `${classification.kind} claim (“${classification.cue}”): ${describe(exact[0])}`, evidence: exact };
  }
  const near = ofKind
    .filter((f) => overlaps(f, ref.start - WINDOW_TOLERANCE, ref.end + WINDOW_TOLERANCE))
    .sort((a, b) => Math.abs(a.line - ref.start) - Math.abs(b.line - ref.start));
  if (near.length > 0) {
    return {
      ...base,
      status: 'near',
      reason: `${classification.kind} claim (“${classification.cue}”): nothing on ${cited(ref)}, but ${describe(near[0])}`,
      evidence: near,
    };
  }
  return {
    ...base,
    status: 'wrong',
    reason: `${classification.kind} claim (“${classification.cue}”) needs ${KIND_NEEDS[classification.kind]}; none on ${cited(ref)} or within ${WINDOW_TOLERANCE} lines`,
    evidence: [],
  };
}

export function verifyRefs(refs: readonly LineRef[], code: CodeFacts): VerifiedRef[] {
  return refs.map((r) => verifyRef(r, code));
}
