/**
 * `--format github`: GitHub Actions workflow commands, one annotation per
 * finding, then a one-line summary:
 *
 *   ::error file=app.py,line=3,endLine=3,col=1,endColumn=14,title=eval-used (CWE-95)::message
 *
 * Severity critical/high → `error`, medium → `warning`, low/info → `notice`.
 * The runner reads `%`, CR and LF as escapes in the message (`%25`, `%0D`,
 * `%0A`), and in property values also `:` and `,` (`%3A`, `%2C`), which would
 * otherwise end the value: the same escapes as @actions/core. Columns are
 * only given for a one-line finding (the runner ignores them otherwise);
 * `endColumn` is inclusive there, so it is the review's exclusive end minus 1.
 *
 * With `GITHUB_STEP_SUMMARY` set, the Markdown review is appended to the
 * job summary as well.
 */
import { appendFileSync } from 'node:fs';
import { type Finding, type Severity, severityRank } from '../analyze/check.js';
import type { Review } from '../review/types.js';
import { formatMarkdown, type MarkdownOptions } from './markdown.js';
import { type RepoPathOptions, repoPathResolver } from './repo-path.js';
import { baselinedCount } from './review-extras.js';

export type AnnotationCommand = 'error' | 'warning' | 'notice';

const COMMAND: Record<Severity, AnnotationCommand> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice' };

/** Escapes the message part of a workflow command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(command: string, properties: ReadonlyArray<[string, string | number]>, message: string): string {
  const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export type GithubOptions = RepoPathOptions;

export function formatGithub(review: Review, options: GithubOptions = {}): string {
  const repoPath = repoPathResolver(options);
  const meta = new Map(review.checks.map((m) => [m.id, m]));
  // The runner shows the first annotations of each kind per step: most severe first.
  const ordered = [...review.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const lines = ordered.map((f) => annotation(f, repoPath(f.path), meta.get(f.checkId)?.title));
  lines.push(summaryLine(review));
  return `${lines.join('\n')}\n`;
}

function annotation(f: Finding, path: string | null, title: string | undefined): string {
  const props: Array<[string, string | number]> = [];
  if (path !== null) {
    props.push(['file', path]);
    if (f.range.line >= 1) {
      props.push(['line', f.range.line], ['endLine', Math.max(f.range.line, f.range.endLine)]);
      if (f.range.endLine === f.range.line && f.range.col >= 1 && f.range.endCol > f.range.col) {
        props.push(['col', f.range.col], ['endColumn', f.range.endCol - 1]);
      }
    }
  }
  props.push(['title', `${f.checkId} (CWE-${f.cwe})${title ? `: ${title}` : ''}`]);
  // Without a file property the location is lost; keep it in the text.
  const where = path === null ? `${f.path}:${f.range.line}: ` : '';
  const flow = f.flow?.length ? `\nFlow: ${f.flow.map((s) => `L${s.range.line} ${s.note}`).join(' → ')}` : '';
  return workflowCommand(COMMAND[f.severity], props, `${where}[${f.severity}] ${f.message}${flow}`);
}

function summaryLine(review: Review): string {
  const parts = [`Pillar: ${review.verdict.replace(/\.$/, '')}`];
  const sev = (['critical', 'high', 'medium', 'low', 'info'] as const).filter((s) => review.totals.bySeverity[s] > 0);
  if (sev.length) parts.push(sev.map((s) => `${review.totals.bySeverity[s]} ${s}`).join(', '));
  parts.push(`${review.suppressed.length} suppressed`);
  const baselined = baselinedCount(review);
  if (baselined !== null) parts.push(`${baselined} baselined`);
  parts.push(`${review.totals.files} ${review.totals.files === 1 ? 'file' : 'files'} reviewed`);
  // A plain line, not a command: `::` at its start would make the runner parse it.
  return `${parts.join('; ')}.`;
}

/**
 * Appends the Markdown review to the job summary when the runner provides
 * one (`GITHUB_STEP_SUMMARY`); returns whether it did.
 */
export function appendStepSummary(review: Review, env: Readonly<Record<string, string | undefined>>, options: MarkdownOptions): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, formatMarkdown(review, options));
  return true;
}
