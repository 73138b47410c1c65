/**
 * Checks a model's citation against the file: the cited line must exist (and
 * have been shown to the model), and the quoted code must be on it, after
 * whitespace is normalised. A claim that fails is dropped as a hallucination,
 * with a reason such as "cited line 240 of a 143-line file".
 */
import type { Range } from '../ir/types.js';
import type { LineSpan } from './prompts/code-block.js';
import type { ModelClaim } from './types.js';

export type Verification = { ok: true; range: Range; snippet: string } | { ok: false; reason: string };

/** Quotes shorter than this must be the whole line: "(" or "x" identify nothing. */
const MIN_QUOTE_CHARS = 10;

export function normaliseCode(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes what the model may have copied from our numbering ("  12 | ") and Markdown backticks. */
function cleanQuote(quote: string): string[] {
  const unticked = quote.trim().replace(/^`+|`+$/g, '');
  return unticked.split(/\r?\n/).map((l) => l.replace(/^\s*\d+\s?\|\s?/, ''));
}

/**
 * `shown`: the file lines the model was shown (a chunk), or null for all.
 * `lines`: the file split on newlines.
 */
export function verifyClaim(claim: ModelClaim, lines: readonly string[], shown: readonly LineSpan[] | null): Verification {
  const total = lines.length;
  const { line } = claim;
  if (!Number.isInteger(line) || line < 1 || line > total) return { ok: false, reason: `cited line ${line} of a ${total}-line file` };
  if (shown && !shown.some(([a, b]) => line >= a && line <= b)) {
    return { ok: false, reason: `cited line ${line}, which was not in the part of the file it was shown (${spanText(shown)})` };
  }
  const quoteLines = cleanQuote(claim.quote);
  const quote = normaliseCode(quoteLines.join('\n'));
  if (!quote) return { ok: false, reason: `cited line ${line} without quoting the code on it` };
  // A quote over several lines covers at least that many lines.
  let endLine = Math.max(claim.endLine, line + quoteLines.filter((l) => l.trim()).length - 1);
  if (endLine > total) return { ok: false, reason: `cited lines ${line}-${endLine} of a ${total}-line file` };
  if (endLine - line > 50) endLine = line + 50; // a claim about a whole file is not a citation
  const cited = normaliseCode(lines.slice(line - 1, endLine).join('\n'));
  if (!cited.includes(quote)) {
    return { ok: false, reason: `quoted "${shorten(quote)}", which is not the code on line${endLine > line ? `s ${line}-${endLine}` : ` ${line}`}` };
  }
  if (quote.length < MIN_QUOTE_CHARS && quote !== cited) {
    return { ok: false, reason: `quoted only "${quote}" on line ${line}, too little to tell what is meant` };
  }
  // The quote's own last line decides where the finding ends.
  const lastQuoted = line + Math.max(0, quoteLines.filter((l) => l.trim()).length - 1);
  const end = Math.min(Math.max(lastQuoted, line), endLine);
  const first = lines[line - 1]!;
  const firstQuoted = normaliseCode(quoteLines.find((l) => l.trim()) ?? '');
  const at = first.indexOf(firstQuoted.split(' ')[0] ?? '');
  const col = at >= 0 ? at + 1 : first.length - first.trimStart().length + 1;
  const range: Range = { line, col, endLine: end, endCol: (lines[end - 1] ?? '').length + 1 };
  return { ok: true, range, snippet: lines.slice(line - 1, Math.min(end, line + 2)).join('\n') };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function spanText(spans: readonly LineSpan[]): string {
  return spans.map(([a, b]) => (a === b ? `line ${a}` : `lines ${a}-${b}`)).join(', ');
}
