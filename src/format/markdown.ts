/**
 * `--format markdown`: the review as a pull-request comment.
 *
 * Title with the verdict; the change under review (commit subject and files)
 * when there is one; a table per pillar (findings, what was checked); a table
 * of findings (severity, check, CWE linked to cwe.mitre.org, file:line linked
 * to the line); a collapsible `<details>` with each finding's snippet, flow,
 * why and fix; counts of suppressed and baselined findings.
 *
 * Everything that comes from the reviewed code (snippets, names quoted in
 * messages, paths) is escaped so that it can neither break a table nor
 * inject HTML or links. The comment stays within GitHub's 65,536-character
 * limit: the findings table is cut with an explicit "N more findings not
 * shown" line, and details are dropped before table rows are.
 */
import { type Finding, type Severity, severityRank } from '../analyze/check.js';
import { lookupCwe } from '../cwe/catalog.js';
import type { Review } from '../review/types.js';
import { type RepoPathOptions, repoPathResolver } from './repo-path.js';
import { baselinedCount, changeHeader } from './review-extras.js';

/** GitHub's limit on the body of an issue or pull-request comment, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface MarkdownOptions extends RepoPathOptions {
  /** Base URL that a repository-relative path is appended to, e.g. `https://github.com/o/r/blob/<sha>`; null for relative links. */
  linkBase?: string | null;
  /** Findings at or above this severity fail the gate (shown in the title); null: never. Default medium. */
  failOn?: Severity | null;
  /** Maximum length of the comment (default GITHUB_COMMENT_LIMIT). */
  maxLength?: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The link base: `--link-base` when given, else the commit of a GitHub
 * Actions run (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA`, the
 * commit that was checked out and reviewed), else null (relative links).
 */
export function resolveLinkBase(explicit: string | undefined, env: Env): string | null {
  if (explicit) return explicit.replace(/\/+$/, '');
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (server && repo && sha) return `${server.replace(/\/+$/, '')}/${repo}/blob/${sha}`;
  return null;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A link to lines of a file: `<base>/<path>#L3` or `#L3-L5`; relative (`path#L3`) without a base. */
export function lineUrl(base: string | null, repoPath: string, line: number, endLine = line): string {
  const encoded = repoPath
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  const anchor = line > 0 ? `#L${line}${endLine > line ? `-L${endLine}` : ''}` : '';
  return `${base ? `${base}/` : ''}${encoded}${anchor}`;
}

export function cweUrl(cwe: number): string {
  return `https://cwe.mitre.org/data/definitions/${cwe}.html`;
}

// ------------------------------------------------------------------ escaping

/**
 * Plain text made inert: characters that open Markdown inline syntax or HTML
 * are backslash-escaped (CommonMark renders `\<` as a literal `<`, so
 * `<script>` stays text, and `\[` cannot start a link), as is a block marker
 * at the very start (`#`, `-`, `1.`). Line breaks become spaces, so a table
 * row stays one line.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~&!]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/**
 * Code as an inline code span: the fence is one backtick longer than the
 * longest run inside, padded when the code starts or ends with a backtick.
 * In a table, `|` must still be escaped inside a code span (GFM splits cells
 * before it parses spans).
 */
export function codeSpan(code: string, inTable = false): string {
  const flat = code.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : '';
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A fenced code block that no line of the code can close early. */
export function codeBlock(code: string, language = ''): string {
  const longest = Math.max(2, ...(code.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${code.replace(/\r\n?/g, '\n')}\n${fence}`;
}

/**
 * A finding message: checks quote code between backticks, which stays a code
 * span; the rest is escaped text. An unpaired backtick is text.
 */
export function messageMarkdown(message: string, inTable = false): string {
  const parts = message.split('`');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const isCode = i % 2 === 1 && i < parts.length - 1;
    if (isCode) out.push(parts[i] === '' ? escapeText('``') : codeSpan(parts[i]!, inTable));
    else out.push(escapeText(i % 2 === 1 ? `\`${parts[i]}` : parts[i]!));
  }
  return out.join('');
}

// ------------------------------------------------------------------ the comment

const SEVERITY_ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const MAX_CHANGE_FILES = 20;
const MAX_CHECKS_NAMED = 6;
/** Room kept for the lines that say what was left out. */
const TRUNCATION_RESERVE = 400;

export function formatMarkdown(review: Review, options: MarkdownOptions = {}): string {
  const limit = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const failOn = options.failOn === undefined ? 'medium' : options.failOn;
  const base = options.linkBase ?? null;
  const repoPath = repoPathResolver(options);
  const metaById = new Map(review.checks.map((m) => [m.id, m]));
  const languageOf = new Map(review.files.reviewed.map((f) => [f.path, f.language ?? '']));
  const findings = review.findings;

  const link = (f: { path: string }, line: number, endLine = line, text?: string): string => {
    const label = escapeText(text ?? `${f.path}:${line}`);
    const target = repoPath(f.path);
    return target === null ? label : `[${label}](${lineUrl(base, target, line, endLine)})`;
  };

  // Head: title, change, totals, per-pillar table.
  const failing = failOn !== null && findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
  const mark = findings.length === 0 ? '✅' : failing ? '❌' : '⚠️';
  const head: string[] = [`## ${mark} Pillar security review: ${escapeText(review.verdict)}`, ''];

  const change = changeHeader(review);
  if (change) {
    const commit = change.commit ? `${codeSpan(change.commit.slice(0, 12))} ` : '';
    const more = change.commitCount > 1 ? ` (and ${change.commitCount - 1} earlier ${change.commitCount === 2 ? 'commit' : 'commits'})` : '';
    head.push(`**Change:** ${commit}${change.subject ? escapeText(change.subject) : 'uncommitted changes'}${more}`, '');
    if (change.files.length) {
      const listed = change.files.slice(0, MAX_CHANGE_FILES).map((f) => `${codeSpan(f.path)}${f.status === 'modified' ? '' : ` (${f.status})`}`);
      const rest = change.files.length - listed.length;
      head.push(`**Files (${change.files.length}):** ${listed.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`, '');
    }
  }

  const bySeverity = SEVERITY_ORDER.filter((s) => review.totals.bySeverity[s] > 0).map((s) => `${review.totals.bySeverity[s]} ${s}`);
  const counts = [
    `**${findings.length}** ${findings.length === 1 ? 'finding' : 'findings'}${bySeverity.length ? ` (${bySeverity.join(', ')})` : ''}`,
    `${review.totals.files} ${review.totals.files === 1 ? 'file' : 'files'}, ${review.totals.lines} lines reviewed`,
    `${review.suppressed.length} suppressed`,
  ];
  const baselined = baselinedCount(review);
  if (baselined !== null) counts.push(`${baselined} baselined`);
  if (change?.droppedOutsideChange) counts.push(`${change.droppedOutsideChange} not on changed lines`);
  if (review.files.skipped.length) counts.push(`${review.files.skipped.length} skipped`);
  if (review.files.failed.length) counts.push(`${review.files.failed.length} failed`);
  if (failOn !== null) counts.push(`fails on ${failOn} and above`);
  head.push(counts.join(' · '), '');

  head.push('| Pillar | Findings | What was checked |', '|---|---:|---|');
  for (const p of review.pillars) {
    head.push(`| CWE-${p.id} ${escapeText(p.name)} | ${p.findings.length} | ${pillarChecked(p)} |`);
  }
  head.push('');

  // Findings table rows, most severe first (the table is cut from the end).
  const ordered = [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const index = new Map(ordered.map((f, i) => [f, i + 1]));
  const rows = ordered.map((f) => {
    // The CWE's name is in the details: in every row it would take much of the size budget.
    const cweCell = `[CWE-${f.cwe}](${cweUrl(f.cwe)})`;
    return `| ${index.get(f)} | **${f.severity}** | ${codeSpan(f.checkId, true)} | ${cweCell} | ${link(f, f.range.line)} | ${messageMarkdown(f.message, true)} |`;
  });
  const tableHead = ['### Findings', '', '| # | Severity | Check | CWE | Location | Message |', '|---:|---|---|---|---|---|'];

  const footer = ['', `<sub>${escapeText(`${review.tool.name} ${review.tool.version}, CWE ${review.cweCatalog.version}`)}</sub>`];

  const size = (lines: readonly string[]) => lines.reduce((n, l) => n + l.length + 1, 0);
  let used = size(head) + size(footer) + TRUNCATION_RESERVE;
  const body: string[] = [];
  let shown = 0;
  if (rows.length) {
    used += size(tableHead);
    for (const row of rows) {
      if (used + row.length + 1 > limit) break;
      used += row.length + 1;
      shown++;
    }
    body.push(...tableHead, ...rows.slice(0, shown));
    if (shown < rows.length) {
      const n = rows.length - shown;
      body.push(
        '',
        `**${n} more ${n === 1 ? 'finding' : 'findings'} not shown**: the comment is kept under ${limit} characters (GitHub's limit is ${GITHUB_COMMENT_LIMIT}). Run \`pillar review\` or see the SARIF results for all of them.`,
      );
    }

    // Details of the findings in the table, while they fit.
    const details: string[] = [];
    const explained = new Map<string, number>();
    let detailed = 0;
    used += size(['', '<details>', '<summary>Details: code, flow, why and how to fix</summary>', '', '</details>']);
    for (const f of ordered.slice(0, shown)) {
      const block = findingDetails(f, index.get(f)!, metaById.get(f.checkId), explained.get(f.checkId), link, languageOf.get(f.path) ?? '');
      if (used + size(block) > limit) break;
      used += size(block);
      details.push(...block);
      if (!explained.has(f.checkId)) explained.set(f.checkId, index.get(f)!);
      detailed++;
    }
    if (detailed > 0) {
      body.push('', '<details>', '<summary>Details: code, flow, why and how to fix</summary>', '', ...details);
      if (detailed < shown) body.push(`Details of ${shown - detailed} more findings are not shown (size limit).`, '');
      body.push('</details>');
    }
  }

  return `${[...head, ...body, ...footer].join('\n')}\n`;
}

function pillarChecked(p: Review['pillars'][number]): string {
  if (p.checks.length === 0) return escapeText(p.statement);
  const examined = p.checks.reduce((n, c) => n + c.examined, 0);
  const named = p.checks.slice(0, MAX_CHECKS_NAMED).map((c) => codeSpan(c.checkId, true));
  const more = p.checks.length - named.length;
  return `${p.checks.length} ${p.checks.length === 1 ? 'check' : 'checks'}, ${examined} ${examined === 1 ? 'site' : 'sites'} examined: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

type LinkFn = (f: { path: string }, line: number, endLine?: number, text?: string) => string;

function findingDetails(
  f: Finding,
  n: number,
  meta: Review['checks'][number] | undefined,
  explainedAt: number | undefined,
  link: LinkFn,
  language: string,
): string[] {
  const cwe = lookupCwe(f.cwe);
  const out = [
    `#### ${n}. ${codeSpan(f.checkId)} at ${link(f, f.range.line, f.range.endLine)}`,
    '',
    `**${f.severity}**, ${f.confidence} confidence · [CWE-${f.cwe}](${cweUrl(f.cwe)})${cwe ? ` ${escapeText(cwe.name)}` : ''}`,
    '',
    messageMarkdown(f.message),
    '',
  ];
  // The language tag only selects syntax highlighting; it is a known language id, never text from the code.
  if (f.snippet) out.push(codeBlock(f.snippet, /^[a-z]+$/.test(language) ? language : ''), '');
  if (f.flow?.length) {
    out.push('**Flow:**', '');
    f.flow.forEach((step, i) => {
      out.push(`${i + 1}. ${link(f, step.range.line, step.range.line, `L${step.range.line}`)}: ${messageMarkdown(step.note)}`);
    });
    out.push('');
  }
  if (meta) {
    if (explainedAt !== undefined) out.push(`**Why and how to fix:** as for finding ${explainedAt}.`, '');
    else out.push(`**Why:** ${messageMarkdown(meta.why)}`, '', `**Fix:** ${messageMarkdown(meta.fix)}`, '');
  }
  return out;
}
