/** `pillar audit` output: text for people, JSON (versioned by `schemaVersion`) for tools. */
import type { AuditResult } from './audit.js';
import { STUDY_NO_DEFECT_SENTENCE } from './compliance.js';
import { WINDOW_TOLERANCE } from './verify.js';

/** Bumped when a field changes meaning or disappears; new fields do not bump it. */
export const AUDIT_SCHEMA_VERSION = 1;

export interface BatchRow {
  name: string;
  result: AuditResult;
}

export function formatAuditJson(result: AuditResult): string {
  return `${JSON.stringify({ schemaVersion: AUDIT_SCHEMA_VERSION, kind: 'audit', windowTolerance: WINDOW_TOLERANCE, ...result }, null, 2)}\n`;
}

export function formatBatchJson(folder: string, rows: BatchRow[]): string {
  const body = {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    kind: 'audit-batch',
    folder,
    windowTolerance: WINDOW_TOLERANCE,
    summary: batchSummary(rows),
    reviews: rows.map((r) => ({ name: r.name, ...r.result })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

const VERDICT_TEXT = { defect: 'defect reported', 'no-defect': 'no defect', unclear: 'unclear' } as const;
const STATUS_MARK = { supported: 'ok', near: 'near', wrong: 'WRONG', unverifiable: '?' } as const;

function lines(start: number, end: number): string {
  return start === end ? `line ${start}` : `lines ${start}-${end}`;
}

export function formatAuditText(r: AuditResult): string {
  const out: string[] = [];
  out.push(`pillar audit ${r.review}${r.code ? ` against ${r.code}` : ''}`);
  if (r.code) out.push(`  code: ${r.codeLines} lines, read ${r.codeMethod === 'ir' ? 'through the IR' : 'as text (no IR front end for this language)'}`);
  out.push('', `Verdict: ${VERDICT_TEXT[r.verdict]}`);
  for (const s of r.noDefectStatements) out.push(`  "${s}"`);

  out.push('', 'CWE mentions:');
  if (r.cwes.length === 0) out.push('  none');
  for (const c of r.cwes) out.push(`  CWE-${c.id}${c.name ? ` ${c.name}` : ''}: ${c.polarity}`);

  out.push('', `Line references (window ±${WINDOW_TOLERANCE} lines):`);
  if (r.lineRefs.length === 0) out.push('  none');
  for (const ref of r.lineRefs) {
    const status = ref.status ? STATUS_MARK[ref.status] : 'not checked';
    out.push(`  [${status}] ${lines(ref.start, ref.end)} (${ref.kind}): "${ref.clause || ref.claim}"`);
    if (ref.reason) out.push(`         ${ref.reason}`);
    if (ref.broad) out.push('         the range is too broad to pin the claim down');
  }
  if (r.code) {
    const c = r.refCounts;
    out.push(`  ${c.supported} supported, ${c.near} near, ${c.wrong} wrong, ${c.unverifiable} unverifiable`);
  }

  out.push('', 'Claimed defects:');
  if (r.defects.length === 0) out.push('  none');
  r.defects.forEach((d, i) => {
    const where = d.line === null ? 'no line' : lines(d.line, d.endLine ?? d.line);
    out.push(`  ${i + 1}. ${d.type ?? '(no type)'}${d.cwe ? ` [CWE-${d.cwe}]` : ''}, ${where}`);
    if (d.description) out.push(`     description: ${d.description}`);
    if (d.fix) out.push(`     fix: ${d.fix}`);
  });

  out.push('', `Compliance with the study's instructions: ${r.compliance.compliant ? 'yes' : 'no'}`);
  for (const p of r.compliance.problems) out.push(`  - ${p}`);
  if (r.compliance.closingSentence === 'exact') out.push(`  closing sentence present: "${STUDY_NO_DEFECT_SENTENCE}"`);

  const q = r.quality;
  out.push('', 'Quality:');
  out.push(`  length: ${q.words} words, ${q.sentences} sentences, ${q.lineRefs} line references (${q.lineRefsPer100Words} per 100 words)`);
  out.push(`  not tied to the code: ${q.untied.count} statements (${Math.round(q.untied.ratio * 100)}%)`);
  for (const e of q.untied.examples) out.push(`    - ${e}`);
  out.push(`  generic advice: ${q.generic.count}`);
  for (const e of q.generic.examples) out.push(`    - ${e}`);
  out.push(`  hedging: ${q.hedging.count} statements (${Math.round(q.hedging.ratio * 100)}%)`);
  out.push(`  contradictions: ${q.contradictions.length}`);
  for (const c of q.contradictions) out.push(`    - ${c.message}`);
  if (!r.code) out.push('  (no code given: references not judged, engine not run)');
  else if (r.engineNote) out.push(`  (${r.engineNote})`);

  if (r.grade) out.push('', `Grade: ${r.grade.grade.toUpperCase()}: ${r.grade.reason}`);
  return `${out.join('\n')}\n`;
}

export function batchSummary(rows: BatchRow[]): Record<string, number> {
  const summary: Record<string, number> = { reviews: rows.length, 'no-defect': 0, defect: 0, unclear: 0, wrongRefs: 0, contradictions: 0 };
  for (const r of rows) {    summary[r.result.verdict]++;
    summary.wrongRefs += r.result.refCounts.wrong;
    summary.contradictions += r.result.quality.contradictions.length;
    if (r.result.grade) summary[r.result.grade.grade] = (summary[r.result.grade.grade] ?? 0) + 1;
  }
  return summary;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)];
}

export function formatBatchText(folder: string, rows: BatchRow[]): string {
  const header = ['review', 'code', 'verdict', 'CWEs claimed/dismissed', 'refs ok/near/wrong/?', 'compliant', 'untied', 'contradictions', 'grade'];
  const body = rows.map((row) => {
    const r = row.result;
    const claimed = r.cwes.filter((c) => c.polarity === 'claimed').length;
    const dismissed = r.cwes.filter((c) => c.polarity === 'dismissed').length;
    const refs = r.code ? `${r.refCounts.supported}/${r.refCounts.near}/${r.refCounts.wrong}/${r.refCounts.unverifiable}` : `${r.lineRefs.length} unchecked`;
    return [
      row.name,
      r.code ?? '-',
      VERDICT_TEXT[r.verdict],
      `${claimed}/${dismissed}`,
      refs,
      r.compliance.compliant ? 'yes' : 'no',
      `${Math.round(r.quality.untied.ratio * 100)}%`,
      String(r.quality.contradictions.length),
      r.grade?.grade ?? '-',
    ];
  });
  const s = batchSummary(rows);
  const grades = ['instrumental', 'helpful', 'misleading', 'uncertain'].filter((g) => s[g]).map((g) => `${s[g]} ${g}`);
  const out = [
    `pillar audit --batch ${folder}: ${rows.length} reviews`,
    '',
    ...table(header, body),
    '',
    `verdicts: ${s['no-defect']} no defect, ${s.defect} defect, ${s.unclear} unclear; ${
      rows.some((r) => r.result.code) ? `${s.wrongRefs} wrong line references; ${s.contradictions} contradictions` : 'no code given: references not judged, engine not run'
    }`,
  ];
  if (grades.length) out.push(`grades: ${grades.join(', ')}`);
  out.push(`(refs: judged on the cited line or range; "near" = evidence within ±${WINDOW_TOLERANCE} lines; untied = statements citing no line and naming no code)`);
  return `${out.join('\n')}\n`;
}
