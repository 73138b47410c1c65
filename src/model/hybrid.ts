/**
 * Merging the model's answers into the review.
 *
 * The static engine stays authoritative: its findings are offered to the
 * model as candidates and come back confirmed (origin "both") or disputed
 * (origin "static", with the model's reason), never removed. New model
 * findings enter only after their citation was verified (verify.ts); one that
 * lands on a static finding of the same pillar confirms it instead of being
 * reported twice.
 *
 * With --engine llm the model reviews without the candidates; the static
 * findings stay in the review all the same (origin "static", or "both" where
 * the model reported the same defect), so that nothing the reviewed code says
 * to the model can take a static finding out of the report.
 */
import { type Finding, type Severity, severityRank } from '../analyze/check.js';
import { lookupCwe, pillarOf } from '../cwe/catalog.js';
import type { Range } from '../ir/types.js';
import { byLocation, NO_DEFECTS } from '../review/assemble.js';
import { applyBaseline, type Baseline } from '../review/baseline.js';
import { ChangeScope } from '../review/diff-filter.js';
import type { ModelReviewInfo, Review } from '../review/types.js';
import type { Candidate } from './prompts/types.js';
import type { CandidateVerdict, DroppedClaim, ModelClaim } from './types.js';

export const MODEL_CHECK_ID = 'model-review';

/** A claim whose citation checked out, placed in the file. */
export interface VerifiedClaim {
  path: string;
  claim: ModelClaim;
  range: Range;
  snippet: string;
  /** The enclosing function of the cited line, as static findings carry it. */
  enclosingFunction: string | null;
}

/** What the model stage produced for one file. */
export interface FileModelResult {
  path: string;
  /** null when every piece of the file was reviewed; else why not. */
  notReviewed: string | null;
  claims: VerifiedClaim[];
  /** Hybrid mode: the model's verdicts on this file's candidates, by candidate id. */
  verdicts: Map<string, CandidateVerdict>;
  /** The static findings offered as candidates, by candidate id. */
  candidates: Map<string, Finding>;
  dropped: DroppedClaim[];
}

/** The static findings of one file as candidates S1, S2, … in line order. */
export function candidatesOf(findings: readonly Finding[], lines: readonly string[]): Array<{ candidate: Candidate; finding: Finding }> {
  return [...findings].sort(byLocation).map((f, i) => ({
    finding: f,
    candidate: {
      id: `S${i + 1}`,
      line: f.range.line,
      endLine: f.range.endLine,
      checkId: f.checkId,
      cwe: f.cwe,
      severity: f.severity,
      message: f.message,
      code: lines[f.range.line - 1] ?? '',
    },
  }));
}

/** Model text shown in reports: one line, no control characters (no terminal escapes), bounded. */
export function cleanModelText(text: string, max = 400): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

function modelFinding(v: VerifiedClaim, pillar: number | null): Finding {
  const { claim } = v;
  const title = cleanModelText(claim.title, 120);
  const description = cleanModelText(claim.description);
  const fix = cleanModelText(claim.fix, 300);
  const message = `${title}${description ? `: ${description}` : ''}${fix ? ` Fix: ${fix}` : ''}`;
  return {
    checkId: MODEL_CHECK_ID,
    cwe: claim.cwe!,
    pillar,
    severity: claim.severity as Severity,
    // A model's finding is an opinion with a checked citation, not a proof.
    confidence: 'low',
    path: v.path,
    range: v.range,
    message: /[.!?]$/.test(message) ? message : `${message}.`,
    snippet: v.snippet,
    context: { function: v.enclosingFunction },
    origin: 'model',
  };
}

export interface MergeOptions {
  engine: 'llm' | 'hybrid';
  info: Omit<ModelReviewInfo, 'engine' | 'filesNotReviewed' | 'dropped' | 'candidates'>;
  /**
   * The review's own filters, which the model's findings pass like the static ones: `--min-severity`,
   * the baseline; and, from the review itself, the lines of a reviewed change.
   */
  policy?: { minSeverity?: Severity; baseline?: { baseline: Baseline; cwd: string } };
}

/** The review with the model's results merged in; the input review is not changed. */
export function mergeModelResults(review: Review, results: readonly FileModelResult[], options: MergeOptions): Review {
  const covered = new Set(review.pillars.map((p) => p.id));
  const dropped: DroppedClaim[] = results.flatMap((r) => r.dropped);
  const filesNotReviewed = results.filter((r) => r.notReviewed !== null).map((r) => ({ path: r.path, reason: r.notReviewed! }));

  // Static findings, copied, with the model's opinion where it gave one.
  const staticFindings = review.findings.map((f): Finding => ({ ...f, origin: 'static' }));
  const copyOf = new Map(review.findings.map((f, i) => [f, staticFindings[i]!]));
  const tally = { confirmed: 0, disputed: 0, notAssessed: 0 };
  for (const r of results) {
    for (const [id, original] of r.candidates) {
      const f = copyOf.get(original);
      if (!f) continue;
      const v = r.verdicts.get(id);
      if (v?.verdict === 'confirmed') f.modelOpinion = { verdict: 'confirmed', reason: cleanModelText(v.reason) };
      else if (v?.verdict === 'rejected') f.modelOpinion = { verdict: 'disputed', reason: cleanModelText(v.reason) };
      else {
        f.modelOpinion = {
          verdict: 'not-assessed',
          reason: r.notReviewed ? `the model did not review this file (${r.notReviewed})` : 'the model gave no verdict on it',
        };
      }
    }
  }

  const modelFindings: Finding[] = [];
  for (const r of results) {
    for (const v of r.claims) {
      const cwe = v.claim.cwe;
      if (cwe === null) {
        dropped.push({ path: v.path, line: v.range.line, reason: 'names no CWE, so it cannot be placed in a pillar' });
        continue;
      }
      if (!lookupCwe(cwe)) {
        dropped.push({ path: v.path, line: v.range.line, reason: `CWE-${cwe} is not in the CWE list` });
        continue;
      }
      const pillar = pillarOf(cwe);
      if (pillar !== null && !covered.has(pillar)) {
        dropped.push({ path: v.path, line: v.range.line, reason: `CWE-${cwe} belongs to pillar CWE-${pillar}, outside --pillars` });
        continue;
      }
      // The same defect as a static finding (same file, a line it spans, same pillar): a confirmation.
      const same = staticFindings.find(
        (f) => f.path === v.path && v.range.line >= f.range.line && v.range.line <= f.range.endLine && f.pillar === pillar,
      );
      if (same) {
        // An explicit rejection of the candidate outweighs a finding that repeats it: the answer contradicts itself.
        if (same.modelOpinion?.verdict !== 'disputed') {
          same.origin = 'both';
          if (options.engine === 'hybrid' && same.modelOpinion?.verdict !== 'confirmed') {
            same.modelOpinion = { verdict: 'confirmed', reason: cleanModelText(`${v.claim.title}: ${v.claim.description}`) };
          }
        }
        continue;
      }
      modelFindings.push(modelFinding(v, pillar));
    }
  }
  // The model saw whole files: what it reports outside a reviewed change, below --min-severity or in the baseline is not shown.
  const scope = review.change ? new ChangeScope(review.change) : null;
  const minRank = options.policy?.minSeverity ? severityRank(options.policy.minSeverity) : 0;
  let shownModelFindings = modelFindings.filter((f) => severityRank(f.severity) >= minRank && (!scope || scope.includes(f)));
  let baselined = 0;
  if (options.policy?.baseline) {
    const split = applyBaseline(shownModelFindings, options.policy.baseline.baseline, options.policy.baseline.cwd);
    shownModelFindings = split.fresh;
    baselined = split.baselined.length;
  }
  for (const f of staticFindings) {
    if (f.modelOpinion?.verdict === 'confirmed') f.origin = 'both';
    if (f.modelOpinion?.verdict === 'confirmed') tally.confirmed++;
    else if (f.modelOpinion?.verdict === 'disputed') tally.disputed++;
    else if (f.modelOpinion) tally.notAssessed++;
  }

  const findings = dedupeModelFindings([...staticFindings, ...shownModelFindings]).sort(byLocation);
  const bySeverity: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) bySeverity[f.severity]++;

  const pillars = review.pillars.map((p) => {
    const pf = findings.filter((f) => f.pillar === p.id);
    const files = new Set(pf.map((f) => f.path)).size;
    const tallyText = `${pf.length} ${pf.length === 1 ? 'finding' : 'findings'} in ${files} ${files === 1 ? 'file' : 'files'}.`;
    return { ...p, findings: pf, statement: pf.length ? tallyText : p.statement };
  });

  const reviewedFiles = review.files.reviewed.map((f) => ({ ...f, findings: findings.filter((x) => x.path === f.path).length }));
  return {
    ...review,
    pillars,
    findings,
    files: { ...review.files, reviewed: reviewedFiles },
    totals: { ...review.totals, findings: findings.length, bySeverity },
    ...(review.baseline ? { baseline: { ...review.baseline, baselined: review.baseline.baselined + baselined } } : {}),
    verdict: verdictOf(findings.length, filesNotReviewed.length),
    model: {
      engine: options.engine,
      ...options.info,
      filesNotReviewed,
      dropped,
      candidates: tally,
    },
  };
}

/** Two pieces of one file may both report a defect on a carried line: keep one per path, line and CWE. */
function dedupeModelFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (f.origin !== 'model') return true;
    const key = `${f.path}\0${f.range.line}\0${f.cwe}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Never the clean-review sentence while a file went unreviewed by the model. */
export function verdictOf(findings: number, notReviewed: number): string {
  const found = findings === 0 ? NO_DEFECTS : `${findings} security ${findings === 1 ? 'defect' : 'defects'} found.`;
  if (notReviewed === 0) return found;
  const files = `${notReviewed} ${notReviewed === 1 ? 'file was' : 'files were'} not reviewed by the model`;
  return findings === 0 ? `No verdict: ${files}.` : `${found.replace(/\.$/, '')}; ${files}.`;
}
