/**
 * In-source suppressions: parse comment text into directives, decide which
 * findings each one silences, and report the ones that are malformed or no
 * longer silence anything.
 *
 * Language-neutral: a language front end lexes its own comments and hands
 * over each comment's text without its marker (`#`, `//`), with its range and
 * whether it stands alone on its line. See docs/suppressions.md.
 *
 * Directives (at the start of a comment, or after a `#` inside it):
 * - `pillar: ignore[ID, ...] reason`: ID is a check id, or `CWE-N`, which
 *   matches findings whose CWE is N or rolls up through N (so a pillar id
 *   matches its whole pillar). Without `[...]` it matches every check. The
 *   reason is required unless the policy says otherwise.
 * - foreign, on unless the policy turns them off: `nosec` (Bandit, optional
 *   B-codes), `noqa: S...` (Ruff/flake8-bandit; a bare `noqa` is about style
 *   and does not count), `nosemgrep` (optional `: rule-id`). Codes are mapped
 *   to checks through `CheckMeta.aliases`; a code that maps to no check on the
 *   line silences nothing there.
 */
import type { CheckMeta, DirectiveKind, Finding, Observation } from '../analyze/check.js';
import { cweChain, pillarOf } from '../cwe/catalog.js';
import type { Range } from '../ir/types.js';
import type { CstNode, ParsedFile } from '../parse/cst.js';

/** A comment as a language front end lexed it. */
export interface SourceComment {
  /** The comment's text without its marker (`#`, `//`), as written otherwise. */
  text: string;
  range: Range;
  /** True when nothing but whitespace precedes the comment on its line: it then applies to the next code line. */
  standalone: boolean;
}

export type { DirectiveKind } from '../analyze/check.js';

/**
 * The comments of a syntax tree, for the language front ends' `comments()`:
 * nodes of the given types (so a comment marker inside a string is never taken
 * for one), each with its text as `strip` leaves it, in source order. A file
 * whose text does not match `hint` has no directive and is not walked.
 */
export function treeComments(parsed: ParsedFile, types: ReadonlySet<string>, strip: (raw: string) => string, hint: RegExp): SourceComment[] {
  const { source } = parsed;
  if (!hint.test(source)) return [];
  const out: SourceComment[] = [];
  const stack: CstNode[] = [parsed.root];
  while (stack.length) {
    const node = stack.pop()!;
    if (types.has(node.type)) {
      const lineStart = source.lastIndexOf('\n', node.start - 1) + 1;
      out.push({ text: strip(source.slice(node.start, node.end)), range: node.range, standalone: source.slice(lineStart, node.start).trim() === '' });
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out.sort((a, b) => a.range.line - b.range.line || a.range.col - b.range.col);
}


export interface SuppressionDirective {
  kind: DirectiveKind;
  /** Where the comment is. */
  range: Range;
  /** The line whose findings it applies to. */
  target: number;
  /** Ids as written (check ids, `CWE-78`, `B602`, `S602`, semgrep rule ids); null for "every check". */
  ids: string[] | null;
  reason: string | null;
  /** The directive as written, for reports. */
  text: string;
}

export interface SuppressionPolicy {
  /** Honour `nosec`, `noqa: S…` and `nosemgrep` (default true). */
  foreign: boolean;
  /** A `pillar: ignore` without a reason does not suppress and is reported (default true). */
  reasonRequired: boolean;
}

export const DEFAULT_SUPPRESSION_POLICY: SuppressionPolicy = { foreign: true, reasonRequired: true };

export type { SuppressionInfo } from '../analyze/check.js';

export const SUPPRESSION_WITHOUT_REASON = 'suppression-without-reason';
export const STALE_SUPPRESSION = 'stale-suppression';
/** Findings about suppressions cannot themselves be suppressed (a stale comment could otherwise hide itself). */
const META_CHECKS = new Set([SUPPRESSION_WITHOUT_REASON, STALE_SUPPRESSION]);

// ------------------------------------------------------------------ parsing

const PILLAR_RE = /pillar\s*:\s*ignore\b(?:\s*\[([^\]]*)\])?/iy;
const NOSEC_RE = /nosec\b/iy;
const NOQA_RE = /noqa\b/iy;
const NOSEMGREP_RE = /nosemgrep\b/iy;
const BANDIT_CODE = /^B\d{3}$/i;
const BANDIT_TEST_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
const RUFF_SECURITY_CODE = /^S\d{3}$/i;

/** Parses every directive in the comments; standalone comments apply to the next line that is not itself a comment. */
export function parseSuppressions(comments: readonly SourceComment[]): SuppressionDirective[] {
  const commentOnly = new Set(comments.filter((c) => c.standalone).map((c) => c.range.line));
  const out: SuppressionDirective[] = [];
  for (const c of comments) {
    let target = c.range.line;
    if (c.standalone) {
      target++;
      while (commentOnly.has(target)) target++;
    }
    for (const d of parseCommentText(c.text)) out.push({ ...d, range: c.range, target });
  }
  return out;
}

type ParsedDirective = Omit<SuppressionDirective, 'range' | 'target'>;

/**
 * The directives in one comment's text. A directive starts the comment or
 * follows a `#` inside it (`# type: ignore # noqa: S602`); text that merely
 * mentions a directive mid-sentence is not one.
 */
export function parseCommentText(text: string): ParsedDirective[] {
  const starts = directiveStarts(text);
  const out: ParsedDirective[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1]?.hashAt ?? text.length;
    const d = parseDirective(text.slice(start.at, end), start.kind);
    if (d) out.push(d);
  });
  return out;
}

function directiveStarts(text: string): Array<{ at: number; hashAt: number; kind: DirectiveKind }> {
  const candidates = [{ at: 0, hashAt: 0 }];
  for (let i = text.indexOf('#'); i !== -1; i = text.indexOf('#', i + 1)) candidates.push({ at: i + 1, hashAt: i });
  const found: Array<{ at: number; hashAt: number; kind: DirectiveKind }> = [];
  for (const cand of candidates) {
    let at = cand.at;
    while (at < text.length && /\s/.test(text[at]!)) at++;
    const kind = directiveKindAt(text, at);
    if (kind) found.push({ at, hashAt: cand.hashAt, kind });
  }
  return found;
}

function directiveKindAt(text: string, at: number): DirectiveKind | null {
  const table: Array<[RegExp, DirectiveKind]> = [
    [PILLAR_RE, 'pillar'],
    [NOSEMGREP_RE, 'nosemgrep'],
    [NOSEC_RE, 'nosec'],
    [NOQA_RE, 'noqa'],
  ];
  for (const [re, kind] of table) {
    re.lastIndex = at;
    if (re.test(text)) return kind;
  }
  return null;
}

function parseDirective(segment: string, kind: DirectiveKind): ParsedDirective | null {
  const written = segment.trim();
  switch (kind) {
    case 'pillar': {
      PILLAR_RE.lastIndex = 0;
      const m = PILLAR_RE.exec(segment)!;
      const ids = m[1] === undefined ? null : splitList(m[1]);
      const reason = cleanReason(segment.slice(m.index + m[0].length));
      // `ignore[]` names nothing: it is kept (and reported stale) rather than read as "everything".
      return { kind, ids: ids ?? null, reason, text: written };
    }
    case 'nosec': {
      // `nosec`, `nosec B602`, `nosec B602, B603`, `nosec: B602,B603`; words after the codes are a comment.
      const rest = segment.slice('nosec'.length).replace(/^\s*:/, '');
      const codes = leadingCodes(rest, BANDIT_CODE);
      // Bandit also takes test names (`nosec subprocess_popen_with_shell_equals_true`): they are kept, map to
      // no check, and so silence nothing here, rather than being mistaken for a bare `nosec`.
      const names = codes.length ? [] : leadingCodes(rest, BANDIT_TEST_NAME);
      const ids = codes.length ? codes.map((c) => c.toUpperCase()) : names.length ? names : null;
      return { kind, ids, reason: null, text: written };
    }
    case 'noqa': {
      // Only `noqa: codes` with Ruff/flake8-bandit S-codes is a security suppression; a bare noqa is about style.
      const rest = segment.slice('noqa'.length);
      if (!/^\s*:/.test(rest)) return null;
      const codes = leadingCodes(rest.replace(/^\s*:/, ''), /^[A-Z]+\d+$/i).filter((c) => RUFF_SECURITY_CODE.test(c));
      return codes.length ? { kind, ids: codes.map((c) => c.toUpperCase()), reason: null, text: written } : null;
    }
    case 'nosemgrep': {
      const rest = segment.slice('nosemgrep'.length);
      const ids = /^\s*:/.test(rest) ? splitList(rest.replace(/^\s*:/, '')).filter((id) => /^[\w.\-/]+$/.test(id)) : [];
      return { kind, ids: ids.length ? ids : null, reason: null, text: written };
    }
  }
}

function splitList(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Codes at the start of `text`, separated by commas or spaces; stops at the first word that is not a code. */
function leadingCodes(text: string, code: RegExp): string[] {
  const out: string[] = [];
  for (const token of text.split(/[,\s]+/).filter(Boolean)) {
    if (!code.test(token)) break;
    out.push(token);
  }
  return out;
}

/** The reason after the ids: separators such as `:`, `-`, `--` or `—` are not part of it; it must say something. */
function cleanReason(text: string): string | null {
  const reason = text.replace(/^[\s:;,\-–—]+/, '').trim();
  return /[\p{L}\p{N}]/u.test(reason) ? reason : null;
}

// ----------------------------------------------------------------- matching

/** Whether a directive silences a finding of the check `meta`. */
export function directiveMatches(d: SuppressionDirective, f: Finding, meta: CheckMeta | undefined): boolean {
  if (META_CHECKS.has(f.checkId) || d.target !== f.range.line) return false;
  if (d.ids === null) return true;
  return d.ids.some((id) => idMatches(d.kind, id, f, meta));
}

function idMatches(kind: DirectiveKind, id: string, f: Finding, meta: CheckMeta | undefined): boolean {
  switch (kind) {
    case 'pillar': {
      const cwe = cweId(id);
      if (cwe === null) return id === f.checkId;
      return f.cwe === cwe || cweChain(f.cwe).some((e) => e.id === cwe);
    }
    case 'nosec':
      return meta?.aliases?.bandit?.includes(id) ?? false;
    case 'noqa':
      return meta?.aliases?.ruff?.includes(id) ?? false;
    case 'nosemgrep':
      // A semgrep rule id is dotted (`python.lang.security.audit.eval-detected`); its last part may name our check.
      return id === f.checkId || id.split('.').at(-1) === f.checkId;
  }
}

/** `CWE-78`, `cwe-78` or `CWE78` → 78; anything else → null. */
export function cweId(id: string): number | null {
  const m = /^CWE-?(\d+)$/i.exec(id);
  return m ? Number(m[1]) : null;
}

// ------------------------------------------------------------ the whole file

export interface ApplyInput {
  path: string;
  /** The file's lines, for the snippets of findings about suppressions. */
  lines: readonly string[];
  findings: readonly Finding[];
  comments: readonly SourceComment[];
  policy: SuppressionPolicy;
  /** Metadata of the checks that ran on the file (the suppression checks among them when enabled). */
  ran: ReadonlyMap<string, CheckMeta>;
  /** True when every check of the language ran on this file (none was turned off or narrowed away). */
  allRan: boolean;
  /**
   * Checks that did not finish on this file (`analysis` for the whole file).
   * A suppression that might concern one of them is not called stale.
   */
  failed: ReadonlySet<string>;
  /** Every check id of the file's language, run or not. */
  known: ReadonlySet<string>;
  enclosingFunction: (range: Range) => string | null;
}

export interface ApplyResult {
  /** Findings still reported, plus findings about the suppressions themselves. */
  findings: Finding[];
  /** Silenced findings, each with what silenced it. */
  suppressed: Finding[];
  /** Per-pillar evidence of the suppression checks: the comments examined and found in order. */
  examined: Record<string, Observation[]>;
}

export function applySuppressions(input: ApplyInput): ApplyResult {
  const all = parseSuppressions(input.comments);
  const directives = all.filter((d) => input.policy.foreign || d.kind === 'pillar');
  const unreasoned = (d: SuppressionDirective) => d.kind === 'pillar' && d.reason === null && input.policy.reasonRequired;
  const active = directives.filter((d) => !unreasoned(d));
  const used = new Map<SuppressionDirective, Set<string>>();

  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of input.findings) {
    const meta = input.ran.get(f.checkId);
    const matching = active.filter((d) => directiveMatches(d, f, meta));
    if (matching.length === 0) {
      findings.push(f);
      continue;
    }
    for (const d of matching) {
      const ids = used.get(d) ?? new Set<string>();
      for (const id of d.ids ?? ['*']) if (id === '*' || idMatches(d.kind, id, f, meta)) ids.add(id);
      used.set(d, ids);
    }
    const by = matching.find((d) => d.kind === 'pillar') ?? matching[0]!;
    suppressed.push({ ...f, suppression: { kind: by.kind, line: by.range.line, text: by.text, reason: by.reason } });
  }

  const report = (checkId: string, d: SuppressionDirective, message: string) => {
    const meta = input.ran.get(checkId);
    if (!meta) return; // turned off (by rule, pillar or configuration)
    const line = input.lines[d.range.line - 1] ?? '';
    findings.push({
      checkId,
      cwe: meta.cwe,
      pillar: pillarOf(meta.cwe),
      severity: meta.severity,
      confidence: meta.confidence,
      path: input.path,
      range: d.range,
      message,
      snippet: line.replace(/\r$/, ''),
      context: { function: input.enclosingFunction(d.range) },
    });
  };

  const examined: Record<string, Observation[]> = { [SUPPRESSION_WITHOUT_REASON]: [], [STALE_SUPPRESSION]: [] };
  for (const d of directives) {
    if (d.kind === 'pillar' && !unreasoned(d)) examined[SUPPRESSION_WITHOUT_REASON]!.push({ range: d.range, detail: 'reason given' });
    if (unreasoned(d)) {
      report(
        SUPPRESSION_WITHOUT_REASON,
        d,
        `\`${d.text}\` gives no reason, so it suppresses nothing; say why the finding is acceptable, e.g. \`pillar: ignore[${(d.ids ?? ['CWE-78']).join(', ')}] input is a constant\`.`,
      );
      continue;
    }
    // Foreign directives may serve the tool they were written for: never called stale.
    if (d.kind !== 'pillar') continue;
    const unused = staleIds(d, used.get(d), input);
    if (unused.length) report(STALE_SUPPRESSION, d, staleMessage(d, unused, input.known));
    else if (used.has(d)) examined[STALE_SUPPRESSION]!.push({ range: d.range, detail: 'suppresses a finding' });
  }
  findings.sort((a, b) => a.range.line - b.range.line || a.range.col - b.range.col || a.checkId.localeCompare(b.checkId));
  for (const id of Object.keys(examined)) if (!input.ran.has(id)) delete examined[id];
  return { findings, suppressed, examined };
}

/** Ids of a pillar directive that silenced nothing, among those the run can vouch for. */
function staleIds(d: SuppressionDirective, used: Set<string> | undefined, input: ApplyInput): string[] {
  // A suppression naming a CWE, or every check, could concern any check: judged only when all ran and finished.
  const complete = input.allRan && input.failed.size === 0;
  if (d.ids === null) return used || !complete ? [] : ['*'];
  if (d.ids.length === 0) return ['[]'];
  return d.ids.filter((id) => {
    if (used?.has(id)) return false;
    if (cweId(id) !== null) return complete;
    // A check that exists but did not run or finish (another pillar, turned off, failed) might have fired.
    if (input.known.has(id)) return input.ran.has(id) && !input.failed.has(id) && !input.failed.has('analysis');
    return true; // names no check at all
  });
}

function staleMessage(d: SuppressionDirective, unused: readonly string[], known: ReadonlySet<string>): string {
  if (unused[0] === '*') return `\`${d.text}\` suppresses nothing on line ${d.target}: no finding is there; remove it.`;
  if (unused[0] === '[]') return `\`${d.text}\` names no check; remove it or name the check or CWE it is meant for.`;
  const parts = unused.map((id) => (cweId(id) === null && !known.has(id) ? `\`${id}\` (no check has this id)` : `\`${id}\``));
  const all = d.ids !== null && unused.length === d.ids.length;
  return `\`${d.text}\` suppresses nothing on line ${d.target} for ${parts.join(', ')}; ${all ? 'remove it' : 'remove those ids'}.`;
}

/** Counts for the review: how many findings each kind of directive silenced. */
export function countByKind(suppressed: readonly Finding[]): Record<DirectiveKind, number> {
  const counts: Record<DirectiveKind, number> = { pillar: 0, nosec: 0, noqa: 0, nosemgrep: 0 };
  for (const f of suppressed) if (f.suppression) counts[f.suppression.kind]++;
  return counts;
}
