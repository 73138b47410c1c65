/**
 * Assembles per-file results into the review: applies suppressions, rolls
 * each finding up to its pillar, and writes for every pillar either its
 * findings or what was checked and where.
 */
import { type CheckMeta, type Finding, type Severity, severityRank } from '../analyze/check.js';
import { CATALOG_VERSION, lookupCwe, PILLARS, pillarOf } from '../cwe/catalog.js';
import type { FileResult } from '../engine/types.js';
import { TOOL_VERSION } from '../version.js';
import { applyBaseline, type Baseline } from './baseline.js';
import { ChangeScope, keepInChange } from './diff-filter.js';
import { evidenceSentence, type PathObservation } from './evidence.js';
import { type CheckEvidence, type PillarSection, REVIEW_SCHEMA_VERSION, type Review, type ReviewChange } from './types.js';

export const NO_DEFECTS = 'No security defects are detected in the code.';

export interface AssembleOptions {
  /** Checks that ran (already narrowed by --pillars and language). */
  checks: readonly CheckMeta[];
  /** Pillars the review covers. */
  pillars: readonly number[];
  /** Report only findings not in this baseline (src/review/baseline.ts); `cwd` resolves the findings' relative paths. */
  baseline?: { baseline: Baseline; cwd: string };
  /** Findings below this severity are not reported (nor counted as suppressed); configuration `min-severity`. */
  minSeverity?: Severity;
  /** A change review: report only findings and evidence on the change's lines (src/review/diff-filter.ts). */
  change?: ReviewChange;
}

export function assembleReview(results: readonly FileResult[], options: AssembleOptions): Review {
  const reviewed = results.filter((r) => r.status === 'reviewed');
  const multiFile = reviewed.length > 1;
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const minRank = options.minSeverity ? severityRank(options.minSeverity) : 0;
  const reported = (f: Finding) => options.pillars.includes(f.pillar ?? -1) && severityRank(f.severity) >= minRank;
  for (const r of reviewed) {
    // Suppression comments were applied per file (src/review/suppressions.ts), where the comments are.
    for (const f of r.findings) if (reported(f)) findings.push(f);
    for (const f of r.suppressed) if (reported(f)) suppressed.push(f);
  }
  suppressed.sort(byLocation);
  const { kept, merged } = dedupe(findings);
  findings.length = 0;
  findings.push(...kept);
  findings.sort(byLocation);
  const scope = options.change ? new ChangeScope(options.change) : null;
  const outsideChange = scope ? keepInChange(findings, scope) : 0;
  if (scope) keepInChange(suppressed, scope);
  // A check's evidence may point at a defect shown under another check: only if that one is shown.
  if (scope) for (const [id, list] of merged) merged.set(id, list.filter((m) => scope.includes(m.kept)));
  // The baseline absorbs what this review would otherwise report (so after the change filter).
  let baselined = 0;
  if (options.baseline) {
    const split = applyBaseline(findings, options.baseline.baseline, options.baseline.cwd);
    findings.length = 0;
    findings.push(...split.fresh.sort(byLocation));
    baselined = split.baselined.length;
  }

  const observations = new Map<string, PathObservation[]>();
  for (const r of reviewed) {
    for (const [checkId, obs] of Object.entries(r.evidence)) {
      if (!observations.has(checkId)) observations.set(checkId, []);
      const list = observations.get(checkId)!;
      for (const o of obs) if (!scope || scope.observed(r.path, o)) list.push({ ...o, path: r.path });
    }
  }

  const languages = [...new Set(reviewed.map((r) => r.language).filter((l): l is string => l !== null))];
  const pillars: PillarSection[] = PILLARS.filter((p) => options.pillars.includes(p.id)).map((p) => {
    const pillarFindings = findings.filter((f) => f.pillar === p.id);
    const checks: CheckEvidence[] = options.checks
      // Only checks for the languages reviewed: a Python check says nothing about JavaScript files.
      .filter((c) => pillarOf(c.cwe) === p.id && (languages.length === 0 || c.languages.some((l) => languages.includes(l))))
      .map((c) => ({
        checkId: c.id,
        title: c.title,
        cwe: c.cwe,
        findings: pillarFindings.filter((f) => f.checkId === c.id).length,
        examined: observations.get(c.id)?.length ?? 0,
        summary: withMerged(evidenceSentence(c, observations.get(c.id) ?? [], multiFile), merged.get(c.id) ?? [], multiFile),
      }));
    return {
      id: p.id,
      name: lookupCwe(p.id)?.name ?? `CWE-${p.id}`,
      short: p.short,
      findings: pillarFindings,
      checks,
      statement: pillarStatement(pillarFindings, checks, languages),
    };
  });

  const bySeverity: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) bySeverity[f.severity]++;

  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    tool: { name: 'pillar', version: TOOL_VERSION },
    cweCatalog: { version: CATALOG_VERSION },
    ...(options.change ? { change: { ...options.change, files: withSkips(options.change.files, results), droppedOutsideChange: outsideChange } } : {}),
    pillars,
    findings,
    suppressed,
    files: {
      reviewed: reviewed.map((r) => ({
        path: r.path,
        language: r.language,
        lines: r.lineCount,
        findings: findings.filter((f) => f.path === r.path).length,
        parseErrors: r.parseErrors,
        incomplete: r.failures,
      })),
      skipped: results.filter((r) => r.status === 'skipped').map((r) => ({ path: r.path, reason: r.skipReason! })),
      failed: results.filter((r) => r.status === 'failed').map((r) => ({ path: r.path, error: r.error ?? 'unknown error' })),
    },
    totals: {
      files: reviewed.length,
      lines: reviewed.reduce((n, r) => n + r.lineCount, 0),
      findings: findings.length,
      bySeverity,
      suppressed: suppressed.length,
    },
    ...(options.baseline ? { baseline: { file: options.baseline.baseline.file, baselined } } : {}),
    checks: [...options.checks],
    verdict: verdictSentence(findings.length, baselined),
  };
}

/** With a baseline, a review without new findings still has known ones: it does not claim a clean bill. */
function verdictSentence(found: number, baselined: number): string {
  if (found > 0) return `${found} ${baselined > 0 ? 'new ' : ''}security ${found === 1 ? 'defect' : 'defects'} found.`;
  if (baselined > 0) return `No new security defects are detected in the code (${baselined} baselined ${baselined === 1 ? 'finding is' : 'findings are'} not reported).`;
  return NO_DEFECTS;
}

function pillarStatement(findings: readonly Finding[], checks: readonly CheckEvidence[], languages: readonly string[]): string {
  if (findings.length > 0) {
    const files = new Set(findings.map((f) => f.path)).size;
    return `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} in ${files} ${files === 1 ? 'file' : 'files'}.`;
  }
  if (checks.length === 0) {
    const langs = languages.length ? languages.join(', ') : 'the reviewed files';
    return `Nothing checked: no check in this pillar applies to ${langs} yet.`;
  }
  return `No defect found. ${checks.map((c) => `${c.title}: ${c.summary}.`).join(' ')}`;
}

/**
 * A pattern check and a dataflow check may describe the same defect (same
 * file, line and CWE). Report it once, keeping the finding that carries a flow,
 * then the higher confidence.
 */
function dedupe(findings: readonly Finding[]): { kept: Finding[]; merged: Map<string, Array<{ dropped: Finding; kept: Finding }>> } {
  const best = new Map<string, Finding>();
  const rank = (f: Finding) => (f.flow ? 10 : 0) + (f.confidence === 'high' ? 2 : f.confidence === 'medium' ? 1 : 0);
  const keyOf = (f: Finding) => `${f.path}\0${f.range.line}\0${f.cwe}`;
  for (const f of findings) {
    const prev = best.get(keyOf(f));
    if (!prev || rank(f) > rank(prev)) best.set(keyOf(f), f);
  }
  // Remember what each dropped finding became, so its check's evidence can say so.
  const merged = new Map<string, Array<{ dropped: Finding; kept: Finding }>>();
  for (const f of findings) {
    const kept = best.get(keyOf(f))!;
    if (kept === f || kept.checkId === f.checkId) continue;
    if (!merged.has(f.checkId)) merged.set(f.checkId, []);
    merged.get(f.checkId)!.push({ dropped: f, kept });
  }
  return { kept: [...best.values()], merged };
}

/** Adds to a check's evidence the findings it shares with another check's finding. */
function withMerged(sentence: string, merged: ReadonlyArray<{ dropped: Finding; kept: Finding }>, multiFile: boolean): string {
  if (merged.length === 0) return sentence;
  const where = merged.map((m) => `${multiFile ? `${m.kept.path} ` : ''}L${m.kept.range.line} (${m.kept.checkId})`).join(', ');
  const n = merged.length;
  const found = `found ${n === 1 ? 'a defect' : `${n} defects`} also reported by another check, shown once there: ${where}`;
  return sentence.startsWith('no ') ? found : `${found}; ${sentence}`;
}

export function byLocation(a: Finding, b: Finding): number {
  return a.path.localeCompare(b.path) || a.range.line - b.range.line || a.range.col - b.range.col || a.checkId.localeCompare(b.checkId);
}

/** A changed file the engine skipped (too large, not UTF-8…) was not reviewed either: say so in the change's list. */
function withSkips(files: ReviewChange['files'], results: readonly FileResult[]): ReviewChange['files'] {
  const skips = new Map(results.filter((r) => r.status === 'skipped' && r.skipReason).map((r) => [r.path, r.skipReason!]));
  return files.map((f) => (f.notReviewed || !skips.has(f.path) ? f : { ...f, notReviewed: 'skipped', skipReason: skips.get(f.path)! }));
}
