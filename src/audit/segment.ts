/**
 * Cuts a review into units (Markdown list items, numbered sections, headed
 * sections, plain paragraphs) and sentences, keeping offsets into the
 * normalised text so that every line reference and CWE mention can be traced
 * to the sentence and the unit it belongs to.
 */

export interface ReviewUnit {
  kind: 'paragraph' | 'list-item' | 'numbered-section' | 'heading';
  /** Offsets into the normalised text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The heading, the section's title line, or a leading bold label, Markdown removed. */
  title: string | null;
}

export interface Sentence {
  start: number;
  end: number;
  /** The sentence as written. */
  text: string;
  /** Markdown and list markers removed, whitespace collapsed. */
  clean: string;
  /** Index of the unit holding it. */
  unit: number;
  /** A heading, a section title or a leading bold label ("**CWE-284 (…)**:"). */
  isTitle: boolean;
}

/** Undoes the usual UTF-8-read-as-Latin-1 damage and typographic quotes, so patterns see plain ASCII punctuation. */
export function normaliseReviewText(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    .replace(/â€[™˜]/g, "'")
    .replace(/â€[œ\u009d]/g, '"')
    .replace(/â€[“”]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\u00a0/g, ' ');
}

const LIST_MARKER = /^(\s*)(\d+[.)]|[-*+•])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*)$/;
const BOLD_LINE = /^\s*(\*\*|__)([^*_]+?)\1\s*:?\s*$/;

/** Labels of the fields a structured defect report uses ("Line: 12", "**Fix**: …"). */
export const FIELD_LABEL =
  /^(?:[-*+•]\s+|\d+[.)]\s+)?(lines?|line\s+numbers?|location|description|issue|problem|details?|explanation|fix|solution|suggested\s+fix|recommended\s+fix|recommendations?|remediation|mitigation|resolution|type|defect\s+type|vulnerability(?:\s+type)?|category|weakness|cwe(?:\s*id)?|severity|impact)\s*:\s*(.*)$/i;

export type FieldName = 'line' | 'description' | 'fix' | 'type' | 'cwe' | 'severity';

export function fieldNameOf(label: string): FieldName | null {
  const l = label.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:lines?|line numbers?|location)$/.test(l)) return 'line';
  if (/^(?:description|issue|problem|details?|explanation)$/.test(l)) return 'description';
  if (/^(?:fix|solution|suggested fix|recommended fix|recommendations?|remediation|mitigation|resolution)$/.test(l)) return 'fix';
  if (/^(?:type|defect type|vulnerability(?: type)?|category|weakness)$/.test(l)) return 'type';
  if (/^cwe(?: ?id)?$/.test(l)) return 'cwe';
  if (/^(?:severity|impact)$/.test(l)) return 'severity';
  return null;
}

/** A paragraph that closes the review rather than continuing a section. */
export const CONCLUSION_CUE =
  /^(?:in\s+conclusion|in\s+summary|to\s+summari[sz]e|to\s+conclude|conclusion|summary|overall|final\s+verdict|verdict|given\s+these|no\s+(?:other|further|additional|more)\b|apart\s+from|other\s+than|besides|aside\s+from)\b/i;

/** A paragraph that only gives the fix for what the paragraph before it describes. */
const FIX_PARAGRAPH = /^(?:to\s+(?:fix|mitigate|remediate|address|resolve)\b|the\s+fix\b|fix(?:ed)?\s+(?:this|it|by)\b|a\s+fix\b|this\s+(?:can|should)\s+be\s+fixed\b)/i;

export function stripMarkdown(s: string): string {
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)/g, '')
    .replace(/`/g, '')
    .replace(/^\s*#{1,6}\s+/gm, '')
    .replace(/^\s*(?:\d+[.)]|[-*+•])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Block {
  kind: 'paragraph' | 'item' | 'heading';
  start: number;
  end: number;
  indent: number;
  numbered: boolean;
  firstLine: string;
}

function isFieldBlock(b: Block): boolean {
  return FIELD_LABEL.test(stripMarkdown(b.firstLine));
}

/** A list item that is only a title ("1. SQL injection", "2. **Hard-coded password**:"), opening a section. */
function isSectionTitle(b: Block): boolean {
  if (b.kind !== 'item') return false;
  const content = stripMarkdown(b.firstLine);
  if (content.length === 0 || content.length > 80) return false;
  if (/[.!?]$/.test(content)) return false;
  if (/:\s*\S/.test(content)) return false;
  return b.end - b.start <= b.firstLine.length + 1;
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let sawBlank = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    const lineEnd = offset + line.length;
    offset = lineEnd + 1;
    if (line.trim() === '') {
      sawBlank = true;
      if (current && current.kind !== 'item') current = null;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const heading = HEADING.exec(line) ?? BOLD_LINE.exec(line);
    const item = LIST_MARKER.exec(line);
    if (heading && !item) {
      current = { kind: 'heading', start: lineStart, end: lineEnd, indent, numbered: false, firstLine: line };
      blocks.push(current);
      current = null;
    } else if (item) {
      if (current?.kind === 'item' && indent > current.indent) current.end = lineEnd;
      else {
        current = { kind: 'item', start: lineStart, end: lineEnd, indent, numbered: /\d/.test(item[2]), firstLine: line };
        blocks.push(current);
      }
    } else if (current && (!sawBlank || (current.kind === 'item' && indent > current.indent))) {
      current.end = lineEnd;
    } else {
      current = { kind: 'paragraph', start: lineStart, end: lineEnd, indent, numbered: false, firstLine: line };
      blocks.push(current);
    }
    sawBlank = false;
  }
  return blocks;
}

function titleOf(kind: ReviewUnit['kind'], firstLine: string): string | null {
  if (kind === 'heading' || kind === 'numbered-section') return stripMarkdown(firstLine).replace(/:$/, '') || null;
  const bold = /^\s*(?:(?:\d+[.)]|[-*+•])\s+)?(\*\*|__)(.+?)\1\s*:?/.exec(firstLine);
  return bold ? stripMarkdown(bold[2]).replace(/:$/, '') : null;
}

/**
 * Units: each list item with its nested lines, each paragraph, and each
 * section. A heading or a title-only list item ("1. SQL injection") opens a
 * section that takes the paragraphs and field lines after it, up to the next
 * list item, heading or concluding paragraph. A block that starts with a
 * field label ("Fix: …") joins the unit before it unless that unit already
 * has the field (a second "Line:" starts a new defect).
 */
export function segmentUnits(text: string): ReviewUnit[] {
  const units: Array<ReviewUnit & { fields: Set<string>; open: boolean }> = [];
  for (const b of blocksOf(text)) {
    const prev = units[units.length - 1];
    const clean = stripMarkdown(b.firstLine);
    const field = FIELD_LABEL.exec(clean);
    const fieldName = field ? fieldNameOf(field[1]) : null;
    const conclusion = CONCLUSION_CUE.test(clean);
    const joinsField = prev && field && fieldName && !prev.fields.has(fieldName) && !CONCLUSION_CUE.test(stripMarkdown(prev.text));
    const joinsSection = prev?.open && b.kind === 'paragraph' && !conclusion;
    const joinsAsFix = prev && b.kind === 'paragraph' && FIX_PARAGRAPH.test(clean) && !prev.fields.has('fix') && !CONCLUSION_CUE.test(stripMarkdown(prev.text));
    if (joinsField || joinsSection || joinsAsFix) {
      prev.end = b.end;
      prev.text = text.slice(prev.start, prev.end);
      if (fieldName) prev.fields.add(fieldName);
      if (joinsAsFix) prev.fields.add('fix');
      continue;
    }
    const kind: ReviewUnit['kind'] =
      b.kind === 'heading' ? 'heading' : b.kind === 'item' ? (isSectionTitle(b) && b.numbered ? 'numbered-section' : 'list-item') : 'paragraph';
    const fields = new Set<string>();
    for (const l of text.slice(b.start, b.end).split('\n')) {
      const f = FIELD_LABEL.exec(stripMarkdown(l));
      const name = f ? fieldNameOf(f[1]) : null;
      if (name) fields.add(name);
    }
    units.push({
      kind,
      start: b.start,
      end: b.end,
      text: text.slice(b.start, b.end),
      title: titleOf(kind, b.firstLine),
      fields,
      open: kind === 'heading' || kind === 'numbered-section' || (kind === 'list-item' && isSectionTitle(b)),
    });
    if (isFieldBlock(b) && kind === 'list-item') units[units.length - 1].open = false;
  }
  return units.map(({ kind, start, end, text: t, title }) => ({ kind, start, end, text: t, title }));
}

const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|fig|no|nr|mr|dr|st|ca|incl|resp)|\b[A-Za-z])$/i;

/** Offsets where a new segment must start within a unit: each line opening a list item, heading or field. */
function hardBreaks(text: string, unit: ReviewUnit): number[] {
  const breaks = [unit.start];
  let offset = unit.start;
  for (const line of unit.text.split('\n')) {
    if (offset !== unit.start && (LIST_MARKER.test(line) || HEADING.test(line) || BOLD_LINE.test(line) || FIELD_LABEL.test(stripMarkdown(line)))) breaks.push(offset);
    offset += line.length + 1;
  }
  breaks.push(unit.end);
  return breaks.filter((b, i, all) => i === 0 || b > all[i - 1]).map((b) => Math.min(b, text.length));
}

export function splitSentences(text: string, units: ReviewUnit[]): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number, unit: number, isTitle: boolean) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) return;
    const clean = stripMarkdown(trimmed);
    if (!clean) return;
    sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, clean, unit, isTitle });
  };
  units.forEach((unit, u) => {
    const breaks = hardBreaks(text, unit);
    for (let i = 0; i + 1 < breaks.length; i++) {
      let segStart = breaks[i];
      const segEnd = breaks[i + 1];
      const segment = text.slice(segStart, segEnd);
      if (i === 0 && (unit.kind === 'heading' || unit.kind === 'numbered-section')) {
        const firstLineEnd = text.indexOf('\n', segStart);
        const titleEnd = firstLineEnd === -1 || firstLineEnd > segEnd ? segEnd : firstLineEnd;
        push(segStart, titleEnd, u, true);
        segStart = titleEnd;
      } else {
        const label = /^\s*(?:(?:\d+[.)]|[-*+•])\s+)?(\*\*|__)[^*_]+?\1\s*:|^\s*(?:(?:\d+[.)]|[-*+•])\s+)?(\*\*|__)[^*_]+?:\2/.exec(segment);
        if (label) {
          push(segStart, segStart + label[0].length, u, true);
          segStart += label[0].length;
        }
      }
      const body = text.slice(segStart, segEnd);
      let from = 0;
      for (const m of body.matchAll(/[.!?]+(?=\s+[^a-z\s,;)]|\s*$)/g)) {
        const stop = m.index + m[0].length;
        const before = body.slice(from, m.index);
        if (ABBREVIATION.test(before) || /^\s*\d+$/.test(before)) continue;
        push(segStart + from, segStart + stop, u, false);
        from = stop;
      }
      if (from < body.length) push(segStart + from, segEnd, u, false);
    }
  });
  return sentences;
}
