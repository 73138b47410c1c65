/**
 * Scoring, as pure functions of labels and findings.
 *
 * File level, per category: a file labelled vulnerable is a true positive
 * when some finding in it matches its CWE (cweMatches), else a false
 * negative; a file labelled safe is a false positive when some finding in it
 * matches, else a true negative. TPR = TP/(TP+FN), FPR = FP/(FP+TN),
 * score = TPR − FPR (from −1 to 1; 0 is what flagging everything or nothing
 * gets). A category without vulnerable files or without safe files has no
 * score and is left out of the average.
 *
 * Line level, over files with marks: for each file and each id its marks
 * name, the flagged lines are those with a finding matching the id (same
 * check id, or a matching CWE). TP = expected lines flagged, FN = expected
 * lines not flagged, FP = flagged lines not expected (`ok` lines included).
 * Findings matching no mark id of their file are not judged.
 */
import { cweMatches } from './equivalence.js';
import type { FileCase, LineMark } from './labels.js';
import { type MarkKey, markKeyLabel } from './marks.js';

/** What scoring needs of a finding. */
export interface ScoredFinding {
  /** Corpus-relative path, `/`-separated. */
  file: string;
  line: number;
  cwe: number;
  checkId: string;
}

export interface CategoryScore {
  category: string;
  /** The CWEs its files are labelled with. */
  cwes: number[];
  vulnerable: number;
  safe: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  tpr: number | null;
  fpr: number | null;
  score: number | null;
  /** Vulnerable files not flagged, and safe files flagged. */
  missed: string[];
  falseAlarms: string[];
  /** check id → files its matching findings made true and false positives. */
  flaggedBy: Record<string, { tp: number; fp: number }>;
}

export interface LineCounts {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface LineScore extends LineCounts {
  /** Per mark id (`CWE-95`, `eval-used`). */
  byId: Array<{ id: string } & LineCounts>;
  /** Expected lines not flagged, and flagged lines not expected, as `file:line id`. */
  missed: string[];
  unexpected: string[];
}

export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

export function scoreFiles(cases: readonly FileCase[], findings: readonly ScoredFinding[]): CategoryScore[] {
  const byFile = groupBy(findings, (f) => f.file);
  const byCategory = groupBy(cases, (c) => c.category);
  return [...byCategory.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, list]) => {
      const s: CategoryScore = {
        category,
        cwes: [...new Set(list.map((c) => c.cwe))].sort((a, b) => a - b),
        vulnerable: 0,
        safe: 0,
        tp: 0,
        fn: 0,
        fp: 0,
        tn: 0,
        tpr: null,
        fpr: null,
        score: null,
        missed: [],
        falseAlarms: [],
        flaggedBy: {},
      };
      for (const c of [...list].sort((a, b) => a.file.localeCompare(b.file))) {
        const by = new Set((byFile.get(c.file) ?? []).filter((f) => cweMatches(f.cwe, c.cwe)).map((f) => f.checkId));
        const flagged = by.size > 0;
        for (const id of [...by].sort()) {
          const n = s.flaggedBy[id] ?? { tp: 0, fp: 0 };
          if (c.vulnerable) n.tp++;
          else n.fp++;
          s.flaggedBy[id] = n;
        }
        if (c.vulnerable) {
          s.vulnerable++;
          if (flagged) s.tp++;
          else {
            s.fn++;
            s.missed.push(c.file);
          }
        } else {
          s.safe++;
          if (flagged) {
            s.fp++;
            s.falseAlarms.push(c.file);
          } else s.tn++;
        }
      }
      s.tpr = ratio(s.tp, s.tp + s.fn);
      s.fpr = ratio(s.fp, s.fp + s.tn);
      s.score = s.tpr === null || s.fpr === null ? null : s.tpr - s.fpr;
      return s;
    });
}

/** The mean score of the categories that have one; null when none has. */
export function averageScore(categories: readonly CategoryScore[]): number | null {
  const scores = categories.map((c) => c.score).filter((s): s is number => s !== null);
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

export function findingMatchesMark(f: ScoredFinding, key: MarkKey): boolean {
  return key.kind === 'check' ? f.checkId === key.checkId : cweMatches(f.cwe, key.cwe);
}

/** Line-level precision, recall and F1; null when no file has marks. */
export function scoreLines(marks: readonly LineMark[], findings: readonly ScoredFinding[]): LineScore | null {
  if (marks.length === 0) return null;
  const findingsByFile = groupBy(findings, (f) => f.file);
  const perId = new Map<string, { tp: number; fp: number; fn: number }>();
  const missed: string[] = [];
  const unexpected: string[] = [];
  for (const [file, fileMarks] of groupBy(marks, (m) => m.file)) {
    const inFile = findingsByFile.get(file) ?? [];
    for (const [id, idMarks] of groupBy(fileMarks, (m) => markKeyLabel(m.key))) {
      const key = idMarks[0]!.key;
      const expected = new Set(idMarks.filter((m) => m.kind === 'expect').map((m) => m.line));
      const flagged = new Set(inFile.filter((f) => findingMatchesMark(f, key)).map((f) => f.line));
      const n = perId.get(id) ?? { tp: 0, fp: 0, fn: 0 };
      for (const line of [...expected].sort((a, b) => a - b)) {
        if (flagged.has(line)) n.tp++;
        else {
          n.fn++;
          missed.push(`${file}:${line} ${id}`);
        }
      }
      for (const line of [...flagged].sort((a, b) => a - b)) {
        if (expected.has(line)) continue;
        n.fp++;
        unexpected.push(`${file}:${line} ${id}`);
      }
      perId.set(id, n);
    }
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const n of perId.values()) {
    total.tp += n.tp;
    total.fp += n.fp;
    total.fn += n.fn;
  }
  return {
    ...withRates(total),
    byId: [...perId.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => ({ id, ...withRates(n) })),
    missed,
    unexpected,
  };
}

function withRates(n: { tp: number; fp: number; fn: number }): LineCounts {
  const precision = ratio(n.tp, n.tp + n.fp);
  const recall = ratio(n.tp, n.tp + n.fn);
  // 2PR/(P+R), written so that it is defined (0) when nothing was flagged.
  const f1 = ratio(2 * n.tp, 2 * n.tp + n.fp + n.fn);
  return { ...n, precision, recall, f1 };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
