/**
 * `--format gitlab`: a GitLab Code Quality report, the JSON array a CI job
 * publishes as `artifacts: reports: codequality:` so that the merge request
 * shows the findings in its Code Quality widget and in the diff:
 *
 *   [{ "description": "...", "check_name": "eval-used", "fingerprint": "...",
 *      "severity": "critical", "location": { "path": "app.py", "lines": { "begin": 3 } } }]
 *
 * GitLab shows only the first of several issues with one fingerprint, so each
 * finding gets the shared fingerprint (src/review/fingerprint.ts) with its
 * occurrence count, hashed to the 32 hex digits GitLab's examples use; it
 * survives line moves like the SARIF one. Paths are relative to the
 * repository root, as GitLab resolves them. Severity: critical → blocker,
 * high → critical, medium → major, low → minor, info → info.
 */
import { createHash } from 'node:crypto';
import type { Severity } from '../analyze/check.js';
import { withOccurrences } from '../review/fingerprint.js';
import type { Review } from '../review/types.js';
import { type RepoPathOptions, repoPathResolver } from './repo-path.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export const CODE_QUALITY_SEVERITY: Record<Severity, CodeQualitySeverity> = {
  critical: 'blocker',
  high: 'critical',
  medium: 'major',
  low: 'minor',
  info: 'info',
};

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number; end?: number } };
}

export function codeQualityIssues(review: Review, options: RepoPathOptions = {}): CodeQualityIssue[] {
  const repoPath = repoPathResolver(options);
  const fingerprints = withOccurrences(review.findings);
  return review.findings.map((f) => {
    const lines = f.range.endLine > f.range.line ? { begin: f.range.line, end: f.range.endLine } : { begin: f.range.line };
    return {
      description: `${f.message} (CWE-${f.cwe}${f.pillar !== null ? `, pillar CWE-${f.pillar}` : ''})`,
      check_name: f.checkId,
      fingerprint: createHash('sha256').update(fingerprints.get(f)!).digest('hex').slice(0, 32),
      severity: CODE_QUALITY_SEVERITY[f.severity],
      // A file outside the repository cannot be placed in a merge request: keep the path as reviewed.
      location: { path: repoPath(f.path) ?? f.path, lines },
    };
  });
}

export function formatGitlab(review: Review, options: RepoPathOptions = {}): string {
  return `${JSON.stringify(codeQualityIssues(review, options), null, 2)}\n`;
}
