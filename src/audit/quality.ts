/**
 * Quality signals of a review: statements not tied to the code, generic
 * advice, hedging, length, and contradictions with the static engine's
 * findings on the same code.
 */
import type { Finding, Severity } from '../analyze/check.js';
import { severityRank } from '../analyze/check.js';
import { lookupCwe, pillarOf } from '../cwe/catalog.js';
import type { ParsedReview, Sentence } from './parse-review.js';
import { CONCLUSION_CUE, stripMarkdown } from './segment.js';
import { WINDOW_TOLERANCE } from './verify.js';

/** Engine findings below this severity do not count as contradictions (info-level notes would flag every test file). */
export const CONTRADICTION_MIN_SEVERITY: Severity = 'medium';

export interface EngineFinding {
  checkId: string;
  cwe: number;
  pillar: number | null;
  severity: Severity;
  line: number;
  endLine: number;
  message: string;
}

export function engineFinding(f: Finding): EngineFinding {
  return { checkId: f.checkId, cwe: f.cwe, pillar: f.pillar, severity: f.severity, line: f.range.line, endLine: f.range.endLine, message: f.message };
}

export interface Contradiction {
  kind: 'dismissed-cwe' | 'no-defect-verdict' | 'line-called-safe' | 'self';
  message: string;
  /** The engine's finding, when the contradiction is with the engine. */
  finding: EngineFinding | null;
}

export interface QualitySignals {
  words: number;
  sentences: number;
  lineRefs: number;
  lineRefsPer100Words: number;
  /** Sentences (of five words or more) in sections that cite no line, naming no identifier of the code. */
  untied: { count: number; ratio: number; examples: string[] };
  generic: { count: number; examples: string[] };
  hedging: { count: number; ratio: number; examples: string[] };
  contradictions: Contradiction[];
}

const GENERIC_ADVICE: RegExp[] = [
  /\bit(?:'s| is)\s+(?:important|crucial|essential|vital|critical|advisable|recommended|always\s+(?:a\s+)?good)\b/i,
  /\bbest\s+practices?\b/i,
  /\b(?:regular(?:ly)?|keep(?:ing)?)\s+(?:\w+\s+){0,3}?(?:update|updated|patch|patched|patching|up\s+to\s+date)\b/i,
  /\b(?:broader|wider|overall|larger)\s+(?:context|system|environment|architecture|codebase|security)\b/i,
  /\b(?:holistic|comprehensive|defen[cs]e[\s-]in[\s-]depth)\b/i,
  /\bsecurity\s+(?:review|reviews|analysis|audit)\s+should\b/i,
  /\b(?:always|should\s+always)\s+(?:verify|validate|ensure|consider|sanitize)\b/i,
  /\b(?:dependencies|external\s+libraries|third[\s-]party)\b.*\b(?:vulnerab|secur)/i,
  /\bremember,?\b/i,
];

const HEDGES =
  /\b(?:may|might|could(?:\s+potentially)?|potentially|possibly|perhaps|seems?|appears?|likely|unlikely|apparently|not\s+directly|indirectly|it(?:'s| is)\s+worth|arguably|to\s+some\s+extent|in\s+general|generally|typically)\b/gi;

/** Identifier-looking words of the code (names with _, ., or inner capitals; longer than 3 characters). */
function codeIdentifiers(source: string): Set<string> {
  const ids = new Set<string>();
  for (const m of source.matchAll(/[A-Za-z_][A-Za-z0-9_]{3,}/g)) ids.add(m[0].toLowerCase());
  return ids;
}

function mentionsCode(sentence: Sentence, identifiers: Set<string>): boolean {
  const backticked = [...sentence.text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  if (backticked.length > 0) return true;
  for (const m of sentence.clean.matchAll(/[A-Za-z_][\w.]*[A-Za-z0-9_]/g)) {
    const word = m[0];
    const codeLike = /[_.]/.test(word) || /[a-z][A-Z]/.test(word) || /\(\)/.test(sentence.clean.slice(m.index + word.length, m.index + word.length + 2));
    if (codeLike && word.split('.').some((part) => identifiers.has(part.toLowerCase()))) return true;
  }
  return false;
}

function about(f: EngineFinding): string {
  const name = lookupCwe(f.cwe)?.name;
  const lines = f.line === f.endLine ? `line ${f.line}` : `lines ${f.line}-${f.endLine}`;
  return `${f.checkId} (CWE-${f.cwe}${name ? ` ${name}` : ''}) at ${lines}`;
}

export function qualitySignals(review: ParsedReview, source: string, findings: readonly EngineFinding[]): QualitySignals {
  const identifiers = codeIdentifiers(source);
  const refOffsets = review.lineRefs.map((r) => r.offset);
  // Verdicts and fixes are not statements about the code as it is.
  const verdictSentences = new Set([...review.noDefectStatements, ...review.defectStatements]);
  const fixes = review.defects.flatMap((d) => (d.fix ? [d.fix] : []));
  const conclusions = new Set(review.units.flatMap((u, i) => (CONCLUSION_CUE.test(stripMarkdown(u.text)) ? [i] : [])));
  const body = review.sentences.filter(
    (s) =>
      !s.isTitle &&
      !conclusions.has(s.unit) &&
      !verdictSentences.has(s.clean) &&
      !fixes.some((f) => s.clean.includes(f)) &&
      s.clean.split(/\s+/).length >= 5,
  );
  // A sentence is tied to the code when it, or the section or item it belongs to, cites a line, or it names the code.
  const unitsWithRefs = new Set(review.lineRefs.map((r) => r.unit));
  const untied = body.filter((s) => !unitsWithRefs.has(s.unit) && !refOffsets.some((o) => o >= s.start && o < s.end) && !mentionsCode(s, identifiers));
  const generic = body.filter((s) => GENERIC_ADVICE.some((re) => re.test(s.clean)));
  const hedged = body.filter((s) => new RegExp(HEDGES.source, 'i').test(s.clean));

  const contradictions: Contradiction[] = [];
  const serious = findings.filter((f) => severityRank(f.severity) >= severityRank(CONTRADICTION_MIN_SEVERITY));
  for (const f of serious) {
    const dismissed = review.cwes.find((c) => c.polarity === 'dismissed' && (c.id === f.cwe || c.id === (f.pillar ?? pillarOf(f.cwe))));
    if (dismissed) {
      contradictions.push({ kind: 'dismissed-cwe', message: `the review dismisses CWE-${dismissed.id}; the engine finds ${about(f)}`, finding: f });
    }
    const calledSafe = review.lineRefs.find((r) => r.stance === 'safe' && f.line <= r.end + WINDOW_TOLERANCE && f.endLine >= r.start - WINDOW_TOLERANCE);
    if (calledSafe) {
      contradictions.push({ kind: 'line-called-safe', message: `the review calls ${calledSafe.text} fine; the engine finds ${about(f)}`, finding: f });
    }
  }
  if (review.verdict === 'no-defect' && serious.length > 0) {
    contradictions.push({
      kind: 'no-defect-verdict',
      message: `the review concludes no defect; the engine finds ${serious.length} (${serious.slice(0, 5).map(about).join('; ')}${serious.length > 5 ? '; …' : ''})`,
      finding: null,
    });
  }
  if (review.verdict === 'unclear' && review.noDefectStatements.length > 0 && (review.defects.length > 0 || review.defectStatements.length > 0)) {
    contradictions.push({ kind: 'self', message: 'the review both claims defects and states that there are none', finding: null });
  }

  const examples = (list: Sentence[]) => list.slice(0, 3).map((s) => s.clean);
  const ratio = (n: number) => (body.length ? Math.round((n / body.length) * 100) / 100 : 0);
  return {
    words: review.wordCount,
    sentences: review.sentences.length,
    lineRefs: review.lineRefs.length,
    lineRefsPer100Words: review.wordCount ? Math.round((review.lineRefs.length / review.wordCount) * 1000) / 10 : 0,
    untied: { count: untied.length, ratio: ratio(untied.length), examples: examples(untied) },
    generic: { count: generic.length, examples: examples(generic) },
    hedging: { count: hedged.length, ratio: ratio(hedged.length), examples: examples(hedged) },
    contradictions,
  };
}
