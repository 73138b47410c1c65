/** The bench result as a text table or JSON. */
import type { CategoryScore, LineScore } from './score.js';

export interface BenchResult {
  /** The tool scored: Pillar, or another one scored on the same labels (bench/js-web-eslint.ts). */
  tool: { name: string; version: string };
  corpus: string;
  /** Where the file-level labels came from. */
  labels: { csv: string[]; filesFromCsv: number; filesFromMarks: number };
  files: { reviewed: number; failed: string[]; unlabelled: number };
  categories: CategoryScore[];
  averageScore: number | null;
  lines: LineScore | null;
}

const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);
const signedPct = (v: number | null) => (v === null ? '–' : `${v > 0 ? '+' : ''}${(v * 100).toFixed(1)}`);
const MAX_LISTED = 10;

export function formatJson(result: BenchResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

export function formatText(result: BenchResult): string {
  const out: string[] = [];
  const { csv, filesFromCsv, filesFromMarks } = result.labels;
  const csvName = csv.length === 1 ? csv[0]! : `${csv.length} expected.csv files`;
  const src = [filesFromCsv ? `${csvName} (${filesFromCsv} files)` : '', filesFromMarks ? `inline marks (${filesFromMarks} files)` : '']
    .filter(Boolean)
    .join(' and ') || 'nowhere (no CSV, no marks)';
  const title = result.tool.name === 'pillar' ? 'pillar bench' : `${result.tool.name} ${result.tool.version} on`;
  out.push(`${title} ${result.corpus}: ${result.files.reviewed} files reviewed, labels from ${src}`, '');

  const header = ['category', 'CWE', 'vuln', 'safe', 'TP', 'FN', 'FP', 'TN', 'TPR', 'FPR', 'score'];
  const rows = result.categories.map((c) => [
    c.category,
    c.cwes.join(','),
    String(c.vulnerable),
    String(c.safe),
    String(c.tp),
    String(c.fn),
    String(c.fp),
    String(c.tn),
    pct(c.tpr),
    pct(c.fpr),
    signedPct(c.score),
  ]);
  out.push(...table(header, rows), '');
  const scored = result.categories.filter((c) => c.score !== null).length;
  out.push(`average score: ${signedPct(result.averageScore)} over ${scored} of ${result.categories.length} categories (score = TPR − FPR, in points)`);
  const unscored = result.categories.filter((c) => c.score === null).map((c) => c.category);
  if (unscored.length) out.push(`not scored (no vulnerable or no safe files): ${unscored.join(', ')}`);

  if (result.lines) {
    const l = result.lines;
    out.push('', `line level (marks): precision ${pct(l.precision)}, recall ${pct(l.recall)}, F1 ${pct(l.f1)} (TP ${l.tp}, FP ${l.fp}, FN ${l.fn})`);
  }

  const missed = result.categories.flatMap((c) => c.missed.map((f) => `${f} (${c.category})`));
  const alarms = result.categories.flatMap((c) => c.falseAlarms.map((f) => `${f} (${c.category})`));
  const culprits = result.categories.flatMap((c) =>
    Object.entries(c.flaggedBy)
      .filter(([, n]) => n.fp > 0)
      .map(([id, n]) => `${c.category}: ${id} flagged ${n.fp} safe and ${n.tp} vulnerable files`),
  );
  out.push(...listed('checks behind the false alarms', culprits));
  out.push(...listed('missed (vulnerable, not flagged)', missed), ...listed('false alarms (safe, flagged)', alarms));
  if (result.lines) out.push(...listed('expected lines not flagged', result.lines.missed), ...listed('flagged lines not expected', result.lines.unexpected));
  if (result.files.failed.length) out.push(...listed('files that failed to review', result.files.failed));
  if (result.files.unlabelled) out.push('', `${result.files.unlabelled} reviewed files carry no label and were not scored.`);
  return `${out.join('\n')}\n`;
}

function listed(title: string, items: readonly string[]): string[] {
  if (!items.length) return [];
  const more = items.length > MAX_LISTED ? [`  … and ${items.length - MAX_LISTED} more (see --format json)`] : [];
  return ['', `${title}:`, ...items.slice(0, MAX_LISTED).map((i) => `  ${i}`), ...more];
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // The first two columns are text (left-aligned), the rest numbers.
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
