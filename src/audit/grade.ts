/**
 * Grades a review against the truth for its file, in the study's four
 * classes.
 *
 * A claimed defect has the right TYPE when its CWE equals an expected CWE,
 * or one lies on the other's chain up to the pillar in CWE-1000 (CWE-89 and
 * CWE-943 are related; two CWEs that only share a pillar are not), or, when
 * the truth names a type in words, when most of those words appear in the
 * defect's type or description. It has the right LOCATION when one of its
 * lines (its stated line or range, or a line cited in its section) is within
 * WINDOW_TOLERANCE lines of an expected line or range; a truth without lines
 * accepts any location.
 *
 * When the file has a defect (truth "defect": true, the default):
 * - Instrumental: a claimed defect has the right type at the right location.
 * - Helpful: otherwise, a claimed defect has the right type at another
 *   location, or sits at the right location with another type (it sends the
 *   reader to the right problem or the right place).
 * - Misleading: otherwise, the review concludes "no defect", explicitly
 *   dismisses an expected CWE, or claims defects that are wrong in both type
 *   and location.
 * - Uncertain: otherwise: no verdict, or a defect announced without any
 *   specific claim to check, and nothing dismissed.
 * When the file has no defect ("defect": false):
 * - Instrumental: the review concludes "no defect" and claims none.
 * - Misleading: it claims a defect.
 * - Uncertain: anything else (no clear verdict). Helpful does not apply.
 */
import { z } from 'zod';
import { cweChain, lookupCwe } from '../cwe/catalog.js';
import type { ParsedReview, ReviewDefect } from './parse-review.js';
import { WINDOW_TOLERANCE } from './verify.js';

export type Grade = 'instrumental' | 'helpful' | 'misleading' | 'uncertain';

const positive = z.number().int().positive();
const lineSpec = z.union([
  positive,
  z.string().regex(/^\s*\d+\s*(?:-\s*\d+\s*)?$/, 'a line range is written "45-50"'),
  z.tuple([positive, positive]),
  z.object({ start: positive, end: positive }).strict(),
]);
const cweSpec = z.union([positive, z.string().regex(/^\s*(?:CWE-?)?\d+\s*$/i, 'a CWE is written 89 or "CWE-89"')]);
const expectedShape = {
  cwe: z.union([cweSpec, z.array(cweSpec).min(1)]).optional(),
  type: z.string().min(1).optional(),
  lines: z.array(lineSpec).optional(),
  line: lineSpec.optional(),
};
const expectedSchema = z
  .object(expectedShape)
  .strict()
  .refine((e) => e.cwe !== undefined || e.type !== undefined, { message: 'each expected defect needs "cwe" or "type"' });

/** truth.json: `{"defect": false}`, a single expected defect, or `{"expected": [...]}`. */
export const truthSchema = z.union([
  z.object({ defect: z.literal(false), note: z.string().optional() }).strict(),
  z.object({ defect: z.literal(true).optional(), expected: z.array(expectedSchema).min(1), note: z.string().optional() }).strict(),
  z
    .object({ ...expectedShape, defect: z.literal(true).optional(), note: z.string().optional() })
    .strict()
    .refine((e) => e.cwe !== undefined || e.type !== undefined, { message: 'truth needs "cwe" or "type" (or "defect": false)' }),
]);

export interface ExpectedDefect {
  cwes: number[];
  type: string | null;
  lines: Array<{ start: number; end: number }>;
}

export interface Truth {
  defect: boolean;
  expected: ExpectedDefect[];
}

function toRange(spec: z.infer<typeof lineSpec>): { start: number; end: number } {
  if (typeof spec === 'number') return { start: spec, end: spec };
  if (Array.isArray(spec)) return { start: Math.min(...spec), end: Math.max(...spec) };
  if (typeof spec === 'object') return { start: Math.min(spec.start, spec.end), end: Math.max(spec.start, spec.end) };
  const [a, b] = spec.split('-').map((n) => Number(n.trim()));
  return { start: Math.min(a, b ?? a), end: Math.max(a, b ?? a) };
}

function toCwe(spec: z.infer<typeof cweSpec>): number {
  return typeof spec === 'number' ? spec : Number(spec.replace(/\D/g, ''));
}

function normaliseExpected(e: { cwe?: z.infer<typeof cweSpec> | z.infer<typeof cweSpec>[]; type?: string; lines?: z.infer<typeof lineSpec>[]; line?: z.infer<typeof lineSpec> }): ExpectedDefect {
  const cwes = e.cwe === undefined ? [] : (Array.isArray(e.cwe) ? e.cwe : [e.cwe]).map(toCwe);
  const lines = [...(e.lines ?? []), ...(e.line !== undefined ? [e.line] : [])].map(toRange);
  return { cwes, type: e.type ?? null, lines };
}

/** Validates parsed JSON; throws an Error listing every problem with its path. */
export function parseTruth(json: unknown): Truth {
  const r = truthSchema.safeParse(json);
  if (!r.success) {
    const problems = r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top)'}: ${i.message}`);
    throw new Error(`invalid truth: ${[...new Set(problems)].join('; ')}`);
  }
  const t = r.data;
  if (t.defect === false) return { defect: false, expected: [] };
  if ('expected' in t && t.expected) return { defect: true, expected: t.expected.map(normaliseExpected) };
  return { defect: true, expected: [normaliseExpected(t as Parameters<typeof normaliseExpected>[0])] };
}

export type TypeMatch = 'exact' | 'related' | 'words' | 'none';

function cweTypeMatch(claimed: number, expected: number): TypeMatch {
  if (claimed === expected) return 'exact';
  const isPillar = (id: number) => lookupCwe(id)?.abstraction === 'Pillar';
  const up = cweChain(claimed).map((c) => c.id);
  const down = cweChain(expected).map((c) => c.id);
  if ((up.includes(expected) && !isPillar(expected)) || (down.includes(claimed) && !isPillar(claimed))) return 'related';
  return 'none';
}

const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'into', 'use', 'used', 'using', 'code']);
function words(s: string): string[] {
  return (s.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5));
}

export function typeMatch(d: ReviewDefect, e: ExpectedDefect): TypeMatch {
  let best: TypeMatch = 'none';
  if (d.cwe !== null) {
    for (const c of e.cwes) {
      const m = cweTypeMatch(d.cwe, c);
      if (m === 'exact') return 'exact';
      if (m === 'related') best = 'related';
    }
  }
  if (best === 'none' && e.type) {
    const want = words(e.type);
    const have = new Set(words(`${d.type ?? ''} ${d.description ?? ''}`));
    if (want.length > 0 && want.filter((w) => have.has(w)).length * 2 >= want.length) best = 'words';
  }
  return best;
}

/** The lines a claimed defect points at: its own line or range, and every line cited in its section. */
function defectLines(review: ParsedReview, d: ReviewDefect): Array<{ start: number; end: number }> {
  const lines = review.lineRefs.filter((r) => r.unit === d.unit).map((r) => ({ start: r.start, end: r.end }));
  if (d.line !== null) lines.unshift({ start: d.line, end: d.endLine ?? d.line });
  return lines;
}

export function locationMatches(review: ParsedReview, d: ReviewDefect, e: ExpectedDefect): boolean {
  if (e.lines.length === 0) return true;
  return defectLines(review, d).some((l) => e.lines.some((t) => l.start <= t.end + WINDOW_TOLERANCE && l.end >= t.start - WINDOW_TOLERANCE));
}

export interface DefectMatch {
  defect: number;
  expected: number;
  type: TypeMatch;
  location: boolean;
}

export interface GradeResult {
  grade: Grade;
  reason: string;
  matches: DefectMatch[];
}

export function gradeReview(review: ParsedReview, truth: Truth): GradeResult {
  const claimed = review.defects;
  if (!truth.defect) {
    if (claimed.length > 0 || review.verdict === 'defect')
      return { grade: 'misleading', reason: `the file has no defect but the review claims ${claimed.length || 'a'} defect(s)`, matches: [] };
    if (review.verdict === 'no-defect') return { grade: 'instrumental', reason: 'the file has no defect and the review concludes so', matches: [] };
    return { grade: 'uncertain', reason: 'the file has no defect; the review reaches no clear verdict', matches: [] };
  }
  const matches: DefectMatch[] = [];
  claimed.forEach((d, di) => {
    truth.expected.forEach((e, ei) => {
      matches.push({ defect: di, expected: ei, type: typeMatch(d, e), location: locationMatches(review, d, e) });
    });
  });
  const label = (m: DefectMatch) => {
    const d = claimed[m.defect];
    return `${d.cwe ? `CWE-${d.cwe}` : (d.type ?? 'a defect')}${d.line !== null ? ` at line ${d.line}` : ''}`;
  };
  const right = matches.find((m) => m.type !== 'none' && m.location);
  if (right) return { grade: 'instrumental', reason: `right type (${right.type}) at the right location: ${label(right)}`, matches };
  const typeOnly = matches.find((m) => m.type !== 'none');
  if (typeOnly) return { grade: 'helpful', reason: `right type at another location: ${label(typeOnly)}`, matches };
  const placeOnly = matches.find((m) => m.location && truth.expected[m.expected].lines.length > 0);
  if (placeOnly) return { grade: 'helpful', reason: `right location with another type: ${label(placeOnly)}`, matches };
  const expectedCwes = new Set(truth.expected.flatMap((e) => e.cwes));
  const dismissed = review.cwes.filter((c) => c.polarity === 'dismissed' && expectedCwes.has(c.id));
  if (review.verdict === 'no-defect') return { grade: 'misleading', reason: 'the file has a defect; the review concludes there is none', matches };
  if (dismissed.length > 0) return { grade: 'misleading', reason: `the review dismisses ${dismissed.map((c) => `CWE-${c.id}`).join(', ')}, the expected defect`, matches };
  if (claimed.length > 0) return { grade: 'misleading', reason: 'every claimed defect is wrong in both type and location', matches };
  if (review.verdict === 'defect') return { grade: 'uncertain', reason: 'the review announces defects but claims none specifically', matches };
  return { grade: 'uncertain', reason: 'the review neither claims a defect nor concludes there is none', matches };
}
