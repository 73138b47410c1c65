/**
 * Parses a free-text security review (a model's answer or a person's) into
 * structure: the verdict, the CWE ids with whether each is claimed or
 * dismissed, every line reference with the claim made around it, and the
 * defects it claims with their line, type, description and fix.
 *
 * STABLE API: `parseReviewText(text): ParsedReview` is used by `pillar audit`
 * and by the model engine to read model answers. Fields may be added; the
 * documented ones keep their meaning.
 *
 * The parser is deliberately conservative: a statement that is neither
 * clearly a claim nor clearly a dismissal is "mentioned", a review that
 * neither claims a defect nor states that there is none is "unclear".
 */
import { lookupCwe } from '../cwe/catalog.js';
import {
  CONCLUSION_CUE,
  FIELD_LABEL,
  type FieldName,
  fieldNameOf,
  normaliseReviewText,
  type ReviewUnit,
  segmentUnits,
  type Sentence,
  splitSentences,
  stripMarkdown,
} from './segment.js';
import { classifyStance, type Stance } from './stance.js';

export type Verdict = 'defect' | 'no-defect' | 'unclear';
export type CwePolarity = 'claimed' | 'dismissed' | 'mentioned';

/** One occurrence of a CWE id in the text. */
export interface CweMention {
  id: number;
  polarity: CwePolarity;
  /** Offset in `ParsedReview.text` (the normalised text). */
  offset: number;
  /** The sentence around the mention, Markdown removed. */
  sentence: string;
}

/** A CWE id with the polarity of all its mentions combined: claimed if any mention claims it, else dismissed if any dismisses it. */
export interface ReviewCwe {
  id: number;
  polarity: CwePolarity;
  mentions: CweMention[];
}

export interface LineRef {
  /** First line referred to (1-based, as written). */
  start: number;
  /** Last line referred to; equals `start` for a single line. */
  end: number;
  /** The reference as written, e.g. "lines 45-50" or "L110". */
  text: string;
  /** The sentence that makes the claim about the line(s), Markdown removed. */
  claim: string;
  /** The words nearest the reference inside the claim (what the reference is an example of). */
  clause: string;
  /** Whether `clause` was taken from before the reference (the usual case) or after it. */
  clauseSide: 'before' | 'after';
  /** How many separately written reference groups the claim sentence holds. */
  groupsInClaim: number;
  /** Offset of the reference in the normalised text. */
  offset: number;
  /** Whether the sentence says something is wrong there ('defect'), fine there ('safe'), or neither. */
  stance: 'defect' | 'safe' | 'neutral';
  /** Index into `units` of the section, list item or paragraph holding the reference. */
  unit: number;
  /** CWE id of the section the reference sits in (e.g. the "CWE-664" item), if any. */
  sectionCwe: number | null;
}

export interface ReviewDefect {
  line: number | null;
  endLine: number | null;
  type: string | null;
  cwe: number | null;
  description: string | null;
  fix: string | null;
  /** Index into `units` of the text the defect was read from. */
  unit: number;
}

export interface ParsedReview {
  verdict: Verdict;
  cwes: ReviewCwe[];
  lineRefs: LineRef[];
  defects: ReviewDefect[];
  /** Sentences that state no defect was found (global statements, not per-category ones). */
  noDefectStatements: string[];
  /** Sentences that announce defects ("I found the following vulnerabilities"). */
  defectStatements: string[];
  /** True when the study's exact closing sentence "No security defects are detected in the code" is present. */
  exactNoDefectSentence: boolean;
  /** How the review is laid out. */
  layout: 'markdown-list' | 'numbered-sections' | 'headings' | 'paragraphs';
  /** The sections, list items and paragraphs the text was cut into. */
  units: ReviewUnit[];
  sentences: Sentence[];
  /** The normalised text all offsets refer to. */
  text: string;
  /** Words in the review. */
  wordCount: number;
}

export type { ReviewUnit, Sentence, Stance };

const EXACT_NO_DEFECT = /\bno security defects are detected in the code\b/i;

const DEFECT_NOUN = '(?:defects?|vulnerabilit(?:y|ies)|issues?|flaws?|weakness(?:es)?|problems?|bugs?|concerns?|risks?)';
const GAP = String.raw`(?:[\w'’-]+,?\s+){0,4}?`;

/** Global "nothing found" statements; applied to a sentence with parentheticals removed. */
const NO_DEFECT_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\bno\s+${GAP}(?:security\s+)?${DEFECT_NOUN}\b[^.;]{0,140}?\b(?:are|were|was|is|have\s+been|has\s+been|could\s+be|can\s+be)\s+(?:\w+\s+)?(?:detected|found|identified|present|evident|apparent|observed|noted|spotted|seen|discovered)\b`, 'i'),
  new RegExp(String.raw`\b(?:did|do|does|could|can)\s*(?:n['’]?t|\s+not)\s+(?:\w+\s+)?(?:identify|find|detect|see|observe|spot|notice|discover|uncover|reveal|show)\s+(?:any\s+)?${GAP}(?:security\s+)?${DEFECT_NOUN}`, 'i'),
  new RegExp(String.raw`\b(?:found|identified|detected|observed|see|saw)\s+no\s+${GAP}(?:security\s+)?${DEFECT_NOUN}`, 'i'),
  new RegExp(String.raw`\bthere\s+(?:are|is|were|was)\s+no\s+${GAP}security\s+${DEFECT_NOUN}`, 'i'),
  new RegExp(String.raw`\bthere\s+(?:are|is|were|was)\s+no\s+${GAP}${DEFECT_NOUN}\s+(?:in|with)\s+(?:the|this)\s+(?:provided\s+)?(?:code|snippet|script|file|program)`, 'i'),
  new RegExp(String.raw`\b(?:does|do)\s*(?:n['’]?t|\s+not)\s+(?:appear\s+to\s+|seem\s+to\s+)?(?:contain|have|exhibit|introduce)\s+(?:any\s+)?${GAP}security\s+${DEFECT_NOUN}`, 'i'),
  new RegExp(String.raw`\bno\s+(?:\w+\s+)?(?:security\s+)?${DEFECT_NOUN}\s+(?:to\s+report|found|detected|identified)\b`, 'i'),
  /\b(?:code|snippet|script|file)\s+(?:is|appears\s+to\s+be|seems\s+to\s+be|looks)\s+(?:\w+\s+)?(?:free\s+(?:of|from)\s+(?:\w+\s+){0,2}?(?:security\s+)?(?:defects|vulnerabilities|issues|flaws))/i,
];

/** "No other defects", "apart from the above": the review is not saying there is nothing. */
const QUALIFIED = /\b(?:no\s+(?:other|further|additional|more)|apart\s+from|aside\s+from|besides|other\s+than|except(?:\s+for)?|beyond\s+(?:the|this|these|those)|in\s+addition\s+to)\b/i;

const DEFECT_ANNOUNCEMENTS: RegExp[] = [
  new RegExp(String.raw`\b(?:found|identified|detected|discovered|noticed|spotted)\s+(?:the\s+following|several|multiple|some|a\s+few|two|three|four|five|an?|one)\s+${GAP}(?:security\s+)?${DEFECT_NOUN}`, 'i'),
  new RegExp(String.raw`\b(?:the\s+following|several|multiple|two|three|four|five)\s+${GAP}(?:security\s+)?${DEFECT_NOUN}\s+(?:were|are|have\s+been)\s+(?:found|identified|detected|discovered)`, 'i'),
  new RegExp(String.raw`\b(?:code|snippet|script|file|function)\s+(?:contains|has|is\s+vulnerable\s+to)\s+(?:an?\s+|the\s+following\s+|several\s+|multiple\s+)?${GAP}(?:security\s+)?(?:defects?|vulnerabilit(?:y|ies)|flaws?|injection)`, 'i'),
  /\bsecurity\s+(?:defects?|vulnerabilit(?:y|ies))\s+(?:is|are|was|were)\s+(?:detected|found|identified|present)\b/i,
];

const CWE_RE = /\bCWE(?:[\s_:-]*|\s+ID\s*)(\d{1,4})\b((?:\s*(?:,|\bor\b|\band\b|\/)\s*(?:CWE[\s_:-]*)?\d{2,4}\b(?!\s*[-–]\s*\d))*)/gi;

/** Finds every CWE id, including the bare numbers of a list such as "CWE-284, 435 and 664". */
function findCwes(text: string): Array<{ id: number; offset: number }> {
  const found: Array<{ id: number; offset: number }> = [];
  for (const m of text.matchAll(CWE_RE)) {
    found.push({ id: Number(m[1]), offset: m.index });
    const tail = m[2];
    if (!tail) continue;
    const tailStart = m.index + m[0].length - tail.length;
    for (const n of tail.matchAll(/\d{2,4}/g)) found.push({ id: Number(n[0]), offset: tailStart + n.index });
  }
  return found;
}

const LINE_WORD = String.raw`\b(?:lines?|ln\.?)`;
const LINE_NUMBER_LIST = String.raw`\d+(?:\s*(?:-|to|through|thru)\s*\d+)?(?:\s*(?:,|&|\band\b|\bor\b|,\s*and)\s*\d+(?:\s*(?:-|to|through|thru)\s*\d+)?(?![\d.]*\s*%))*`;
// "Line: 10" and "**Line**: 10" are the field form of a reference.
const LINE_WORD_RE = new RegExp(String.raw`${LINE_WORD}(?:\*\*|__)?\s*:?\s*(?:#|no\.?\s*|number\s+)?(${LINE_NUMBER_LIST})\b`, 'gi');
const L_FORM_RE = /\bL(\d+)(?:\s*-\s*L?(\d+))?\b/g;
const FILE_LINE_RE = /\b[\w./-]+\.(?:py|js|ts|jsx|tsx|java|c|cc|cpp|h|go|rb|php|cs)[:#](?:L)?(\d+)(?:-L?(\d+))?\b/g;

interface RawRef {
  start: number;
  end: number;
  text: string;
  offset: number;
}

/** Every line reference in the text, ranges and lists split into one reference per number or range. */
function findLineRefs(text: string): RawRef[] {
  const refs: RawRef[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);
  for (const m of text.matchAll(LINE_WORD_RE)) {
    const listStart = m.index + m[0].length - m[1].length;
    const items = [...m[1].matchAll(/(\d+)(?:\s*(?:-|to|through|thru)\s*(\d+))?/g)];
    for (const item of items) {
      const a = Number(item[1]);
      const b = item[2] ? Number(item[2]) : a;
      // The first item is written with its "line(s)" word; later ones as bare numbers.
      const written = item === items[0] ? text.slice(m.index, listStart + item.index + item[0].length) : item[0];
      refs.push({ start: Math.min(a, b), end: Math.max(a, b), text: written, offset: item === items[0] ? m.index : listStart + item.index });
    }
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const re of [FILE_LINE_RE, L_FORM_RE]) {
    for (const m of text.matchAll(re)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      const a = Number(m[1]);
      const b = m[2] ? Number(m[2]) : a;
      refs.push({ start: Math.min(a, b), end: Math.max(a, b), text: m[0], offset: m.index });
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  return refs.filter((r) => r.start > 0).sort((x, y) => x.offset - y.offset);
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}

/**
 * The words nearest a reference, i.e. what the reference is cited for. A
 * parenthesised reference ("cleanup methods (line 60 and line 69)") cites the
 * phrase before the parenthesis; otherwise the phrase runs from the previous
 * boundary (comma, "such as", "like", a colon, the previous reference) up to
 * the reference. When that is empty (the reference opens the sentence) it is
 * the words right after the reference.
 */
function clauseAround(text: string, sentence: Sentence, ref: RawRef, previous: RawRef | undefined): { clause: string; side: 'before' | 'after' } {
  const from0 = previous && previous.offset >= sentence.start && previous.offset < ref.offset ? previous.offset + previous.text.length : sentence.start;
  let before = text.slice(from0, ref.offset);
  const open = before.lastIndexOf('(');
  if (open > before.lastIndexOf(')')) before = before.slice(0, open);
  const boundary = /,\s|;\s|\)\s*(?:and|or)?\s*|\bsuch as\b|\blike\b|\be\.g\.,?|\bincluding\b|:\s/gi;
  let from = 0;
  for (const b of before.matchAll(boundary)) {
    const end = b.index + b[0].length;
    if (before.slice(end).replace(/\W/g, '').length >= 4) from = end;
  }
  let clause = stripMarkdown(before.slice(from))
    .replace(/^[\s),;]*(?:and|or)?\s+/i, '')
    .replace(/[\s(,]+$/, '')
    .trim();
  if (clause.replace(/\W/g, '').length >= 4) return { clause, side: 'before' };
  const after = text.slice(ref.offset + ref.text.length, sentence.end);
  clause = stripMarkdown(after.split(/(?:[.;]\s|,\s(?:which|but|while))/)[0] ?? '')
    .replace(/^[\s):,*-]+/, '')
    .trim();
  return { clause, side: 'after' };
}

/** References written together ("(line 60 and line 69)", "lines 45-50, 58, 70-74") cite the same phrase: the first one's. */
function groupHeads(text: string, refs: RawRef[]): RawRef[] {
  const heads: RawRef[] = [];
  refs.forEach((ref, i) => {
    const prev = refs[i - 1];
    const between = prev ? text.slice(prev.offset + prev.text.length, ref.offset) : null;
    heads.push(prev && between !== null && /^[\s,;&]*(?:(?:and|or)\s+)?$/i.test(between) ? heads[i - 1] : ref);
  });
  return heads;
}

function layoutOf(units: ReviewUnit[]): ParsedReview['layout'] {
  const kinds = units.map((u) => u.kind);
  if (kinds.includes('numbered-section')) return 'numbered-sections';
  if (kinds.includes('list-item')) return 'markdown-list';
  if (kinds.includes('heading')) return 'headings';
  return 'paragraphs';
}

/** The CWE a unit is about: one named in its title, or at the very start of its text. */
function unitCwe(unit: ReviewUnit): number | null {
  const head = unit.title ?? stripMarkdown(unit.text.slice(0, 80));
  const m = /^\W*(?:\d+[.)]\s*)?(?:[A-Za-z][\w ]{0,30}?\s)?\(?CWE[\s_:-]*(\d{1,4})/i.exec(head);
  return m ? Number(m[1]) : null;
}

/** A CWE id followed by its name in parentheses ("CWE-284 (Improper Access Control)"): the name is not a claim. */
function withoutCweNames(s: string): string {
  return s.replace(/(CWE[\s_:-]*\d+)\s*(?:\(([^)]*)\)|[-–:]\s*([A-Z][\w ,'/-]{3,80}?)(?=\*\*|:|$))/g, '$1');
}

/**
 * The labelled fields of a unit ("Line: 12", "**Fix**: …"), at the start of a
 * line or after a sentence on the same line ("… (CWE-798). **Solution**: Use …").
 */
function fieldsOf(unit: ReviewUnit): Map<FieldName, string> {
  const fields = new Map<FieldName, string>();
  for (const rawLine of unit.text.split('\n')) {
    const line = stripMarkdown(rawLine).trim();
    const starts = [0, ...[...line.matchAll(INLINE_FIELD)].map((m) => m.index + m[0].length - m[1].length)];
    for (const [i, start] of starts.entries()) {
      const piece = line.slice(start, starts[i + 1] ?? line.length).trim();
      const m = FIELD_LABEL.exec(piece);
      const name = m ? fieldNameOf(m[1]) : null;
      if (m && name && !fields.has(name)) fields.set(name, m[2].trim());
    }
  }
  return fields;
}

/** A field label after the end of a sentence on the same line. */
const INLINE_FIELD =
  /[.!?]\s+((?:fix|solution|suggested\s+fix|recommended\s+fix|recommendations?|remediation|mitigation|description|severity|impact|cwe)\s*:)/gi;

const DESCRIPTION_LABEL = /^(?:description|issue|problem|details?|explanation)\s*:\s*/i;
const FIX_CUE = /\b(?:to\s+fix|fix(?:ed)?\s+(?:this|it|by)|to\s+(?:mitigate|remediate|address|resolve)|should\s+(?:be\s+)?(?:use|replaced?|validated?|sanitized?|escaped?|closed?|released?|checked|removed|set|stored|loaded|read|passed|changed|avoided|wrapped|handled)|\buse\s+[\w.`'()]+\s+instead|instead\s+of|replace\s+(?:it|this|the|with)|recommend(?:ed)?|consider\s+using|parameteri[sz]ed|mitigation|remediation)\b/i;
const IMPERATIVE_FIX = /^(?:use|replace|validate|sanitize|escape|close|release|wrap|avoid|remove|store|load|read|pass|set|add|check|call)\b/i;

function extractDefect(unit: ReviewUnit, index: number, sentences: Sentence[], refs: LineRef[], unitCweIds: CweMention[]): ReviewDefect {
  const fields = fieldsOf(unit);
  const unitRefs = refs.filter((r) => r.unit === index);
  let line: number | null = null;
  let endLine: number | null = null;
  const lineField = fields.get('line');
  const fromField = lineField ? findLineRefs(`line ${lineField.replace(/^(?:lines?|L)\s*/i, '')}`)[0] : undefined;
  const firstRef = fromField ?? unitRefs[0];
  if (firstRef) {
    line = firstRef.start;
    endLine = firstRef.end;
  }
  const claimed = unitCweIds.find((c) => c.polarity === 'claimed');
  const cweField = fields.get('cwe');
  const cwe = claimed?.id ?? (cweField ? (findCwes(`CWE-${cweField.replace(/^\D*/, '')}`)[0]?.id ?? null) : null);
  let type = fields.get('type') ?? null;
  if (!type && unit.title) {
    const title = unit.title
      .replace(/\((?:[^)]*\b(?:lines?|L\d)[^)]*)\)/gi, '')
      .replace(/\b(?:lines?)\s+\d+(?:\s*-\s*\d+)?/gi, '')
      .replace(/CWE[\s_:-]*\d+/gi, '')
      .replace(/[()]/g, '')
      .replace(/^[\W\d]*(?:defect|issue|finding|vulnerability)\s*\d*\s*[:.-]?\s*/i, '')
      .replace(/[\s:.,-]+$/, '')
      .trim();
    if (/[A-Za-z]{3}/.test(title)) type = title;
  }
  if (!type && cwe !== null) {
    // The reviewer's own name for it: "Command Injection (CWE-78)" or "CWE-78 (OS command injection)".
    const plain = stripMarkdown(unit.text);
    const id = String.raw`CWE[\s_:-]*${cwe}\b`;
    const before = new RegExp(String.raw`(?:^|[-:.*–]\s)([A-Z][\w'-]*(?:\s+[\w'-]+){0,3})\s*\(${id}\)`).exec(plain);
    const after = new RegExp(String.raw`${id}\s*(?:\(([^)]+)\)|[-–:]\s*([A-Z][\w ,'/-]{3,60}?)(?=[.;\n]|$))`).exec(plain);
    type = before?.[1] ?? after?.[1] ?? after?.[2] ?? lookupCwe(cwe)?.name ?? null;
  }
  const unitSentences = sentences.filter((s) => s.unit === index && !s.isTitle);
  // The description is the sentence that carries the claim: the one with the claimed CWE or the first line reference, else the first.
  const anchor = claimed?.offset ?? unitRefs[0]?.offset;
  let description = fields.get('description') ?? null;
  if (!description) {
    const candidates = unitSentences.filter((s) => !FIELD_LABEL.test(s.clean) || /^(?:lines?|location)\b/i.test(s.clean));
    const first = candidates.find((s) => anchor !== undefined && anchor >= s.start && anchor < s.end) ?? candidates[0];
    if (first) description = first.clean.replace(/^(?:\d+[.)]\s*)?(?:lines?|location)\s*[\d\s,-]*[:.-]\s*/i, '').trim() || null;
  }
  let fix = fields.get('fix') ?? null;
  if (!fix) {
    const fixSentence = unitSentences.find((s) => FIX_CUE.test(s.clean) || IMPERATIVE_FIX.test(s.clean));
    if (fixSentence) fix = fixSentence.clean;
  }
  return { line, endLine, type, cwe, description, fix, unit: index };
}

/** True when a unit makes a defect claim: a claimed CWE, defect fields, or claim wording without dismissal. */
function isDefectUnit(unit: ReviewUnit, unitStance: Stance, cweIds: Array<{ id: number; polarity: CwePolarity }>, hasRefs: boolean): boolean {
  if (CONCLUSION_CUE.test(stripMarkdown(unit.text).trim())) return false;
  if (cweIds.some((c) => c.polarity === 'claimed')) return true;
  if (cweIds.length > 0 && cweIds.every((c) => c.polarity === 'dismissed')) return false;
  const fields = fieldsOf(unit);
  // A record with its own fix is a defect report even if its wording is mild.
  if (fields.has('fix') && (fields.has('line') || fields.has('description') || hasRefs)) return true;
  return unitStance === 'defect' && (hasRefs || cweIds.length > 0);
}

/**
 * Parses a review. Never throws; an empty or unrecognisable text gives
 * verdict "unclear" with empty lists.
 */
export function parseReviewText(input: string): ParsedReview {
  const text = normaliseReviewText(input);
  const units = segmentUnits(text);
  const sentences = splitSentences(text, units);

  // CWE mentions and their polarity: the sentence holding the mention, plus the
  // rest of its unit when the mention is the unit's heading ("**CWE-284 (…)**: no issues…").
  const mentions: CweMention[] = [];
  const mentionUnit: number[] = [];
  const allCwes = findCwes(text);
  const cweOffsets = allCwes.map((c) => c.offset);
  for (const { id, offset } of allCwes) {
    const sentence = sentenceAt(sentences, offset);
    if (!sentence) continue;
    const unit = units[sentence.unit];
    const isHeading = unitCwe(unit) === id && (sentence.isTitle || offset - unit.start < 40);
    let context = sentence.text;
    if (isHeading) {
      // The heading CWE's text runs to the next CWE named after its own sentence ("CWE-284: Not found. CWE-664: …").
      const next = cweOffsets.find((o) => o >= sentence.end && o < unit.end) ?? unit.end;
      context = text.slice(sentence.start, Math.max(next, sentence.end));
    }
    const stance = classifyStance(withoutCweNames(context));
    const polarity: CwePolarity = stance === 'defect' ? 'claimed' : stance === 'safe' ? 'dismissed' : 'mentioned';
    mentions.push({ id, polarity, offset, sentence: stripMarkdown(sentence.text).trim() });
    mentionUnit.push(sentence.unit);
  }
  const rawRefs = findLineRefs(text);
  const heads = groupHeads(text, rawRefs);
  const lineRefs: LineRef[] = [];
  for (const [i, ref] of rawRefs.entries()) {
    const sentence = sentenceAt(sentences, ref.offset);
    if (!sentence) continue;
    let claimSentence = sentence;
    // A title such as "**Use of Sleep for Polling (Line 110)**:" is explained by the sentence after it.
    if (sentence.isTitle) claimSentence = sentences.find((s) => s.unit === sentence.unit && s.start >= sentence.end) ?? sentence;
    // A "Line: 10" field is explained by the record's "Description:" field.
    const isLineField = /^(?:lines?|location)\s*:/i.test(sentence.clean);
    const described = isLineField ? sentences.find((s) => s.unit === sentence.unit && DESCRIPTION_LABEL.test(s.clean)) : undefined;
    if (described) claimSentence = described;
    const claimText = claimSentence === sentence ? sentence.clean : `${sentence.clean} ${claimSentence.clean}`;
    const stance = classifyStance(withoutCweNames(claimText));
    const head = heads[i];
    const previousGroup = rawRefs[rawRefs.indexOf(head) - 1];
    const { clause, side } = described
      ? { clause: described.clean.replace(DESCRIPTION_LABEL, '').trim(), side: 'after' as const }
      : clauseAround(text, sentenceAt(sentences, head.offset) ?? sentence, head, previousGroup);
    const groupsInClaim = new Set(heads.filter((h) => h.offset >= sentence.start && h.offset < sentence.end)).size;
    lineRefs.push({
      start: ref.start,
      end: ref.end,
      text: ref.text,
      claim: claimText,
      clause,
      clauseSide: side,
      groupsInClaim,
      offset: ref.offset,
      stance: stance === 'defect' ? 'defect' : stance === 'safe' ? 'safe' : 'neutral',
      unit: sentence.unit,
      sectionCwe: unitCwe(units[sentence.unit]),
    });
  }

  const defects: ReviewDefect[] = [];
  units.forEach((unit, index) => {
    const cweIds = mentions.filter((_, i) => mentionUnit[i] === index);
    const unitText = sentences
      .filter((s) => s.unit === index)
      .map((s) => s.text)
      .join(' ');
    const stance = classifyStance(withoutCweNames(unitText));
    const hasRefs = lineRefs.some((r) => r.unit === index);
    if (!isDefectUnit(unit, stance, cweIds, hasRefs)) return;
    // A CWE cited without comment inside a defect report is the defect's CWE.
    for (const m of cweIds) if (m.polarity === 'mentioned') m.polarity = 'claimed';
    defects.push(extractDefect(unit, index, sentences, lineRefs, cweIds));
  });

  const byId = new Map<number, CweMention[]>();
  for (const m of mentions) byId.set(m.id, [...(byId.get(m.id) ?? []), m]);
  const cwes: ReviewCwe[] = [...byId.entries()].map(([id, ms]) => ({
    id,
    polarity: ms.some((m) => m.polarity === 'claimed') ? 'claimed' : ms.some((m) => m.polarity === 'dismissed') ? 'dismissed' : 'mentioned',
    mentions: ms,
  }));

  // Global statements only: a "no issues" inside a per-CWE section speaks for that category alone.
  const globalSentences = sentences.filter((s) => unitCwe(units[s.unit]) === null);
  const withoutParentheticals = (s: string) => s.replace(/\([^()]*\)/g, '');
  const noDefectStatements = globalSentences
    .filter((s) => NO_DEFECT_PATTERNS.some((re) => re.test(withoutParentheticals(s.clean))) && !QUALIFIED.test(s.clean))
    .map((s) => s.clean);
  const defectStatements = globalSentences
    .filter((s) => DEFECT_ANNOUNCEMENTS.some((re) => re.test(s.clean)) && !/\b(?:no|not|n't|none)\b/i.test(s.clean))
    .map((s) => s.clean);

  const claimsDefect = defects.length > 0 || defectStatements.length > 0;
  const statesNone = noDefectStatements.length > 0;
  const verdict: Verdict = claimsDefect && !statesNone ? 'defect' : statesNone && !claimsDefect ? 'no-defect' : 'unclear';

  return {
    verdict,
    cwes,
    lineRefs,
    defects,
    noDefectStatements,
    defectStatements,
    exactNoDefectSentence: EXACT_NO_DEFECT.test(text),
    layout: layoutOf(units),
    units,
    sentences,
    text,
    wordCount: (text.match(/[A-Za-z0-9][\w'’-]*/g) ?? []).length,
  };
}
