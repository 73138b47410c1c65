/**
 * The labels of a corpus: file-level cases (is this file vulnerable for its
 * category?) from the expected-results CSV, or from a file's inline marks
 * when the CSV does not list it (or there is none); and line-level marks
 * from the files whenever they carry any.
 */
import { basename, extname } from 'node:path';
import { LabelError, parseExpectedCsv, type CsvRow } from './csv.js';
import { type MarkKey, parseMarkId, parseMarks } from './marks.js';

export { LabelError } from './csv.js';

/** One file-level test case. A file has one per category it is labelled for. */
export interface FileCase {
  /** Corpus-relative path, `/`-separated. */
  file: string;
  category: string;
  cwe: number;
  vulnerable: boolean;
  /** Where the label came from: `expected.csv line 4` or `marks`. */
  origin: string;
}

/** One inline mark: `line` is the code line it describes. */
export interface LineMark {
  file: string;
  line: number;
  kind: 'expect' | 'ok';
  key: MarkKey;
}

export interface CorpusFile {
  /** Corpus-relative path, `/`-separated. */
  rel: string;
  source: string;
}

export interface Labels {
  cases: FileCase[];
  marks: LineMark[];
  /** Files whose cases came from the CSV, and from their marks. */
  casesFrom: { csv: number; marks: number };
}

/** The CWE of a check id, or undefined for an unknown id. */
export type CheckCwe = (checkId: string) => number | undefined;

/** An expected-results CSV: its text, its name for messages, and the corpus-relative folder its test names are relative to ('' for the root). */
export interface CsvSource {
  text: string;
  name: string;
  base: string;
}

/**
 * Builds the labels. Each CSV labels files under its own folder. Throws
 * LabelError on a malformed CSV, a test name that matches no file or
 * several, a file labelled twice, or a mark naming an unknown check.
 */
export function loadLabels(files: readonly CorpusFile[], csvs: readonly CsvSource[], checkCwe: CheckCwe): Labels {
  const marks = files.flatMap((f) => marksOf(f));
  for (const m of marks) {
    if (m.key.kind === 'check' && checkCwe(m.key.checkId) === undefined) {
      throw new LabelError(`${m.file}:${m.line}: the mark names "${m.key.checkId}", which is neither a check id nor CWE-N`);
    }
  }
  const fromCsv: FileCase[] = [];
  const claimed = new Map<string, string>();
  for (const csv of csvs) {
    const prefix = csv.base ? `${csv.base}/` : '';
    const under = files.filter((f) => f.rel.startsWith(prefix)).map((f) => ({ ...f, rel: f.rel.slice(prefix.length) }));
    for (const c of casesFromCsv(parseExpectedCsv(csv.text, csv.name), under, csv.name)) {
      const file = prefix + c.file;
      const other = claimed.get(file);
      if (other !== undefined) throw new LabelError(`${c.origin}: ${file} is already labelled at ${other}`);
      claimed.set(file, c.origin);
      fromCsv.push({ ...c, file });
    }
  }
  // A file a CSV lists takes its category from there; any other marked file, from its marks.
  const fromMarks = casesFromMarks(
    marks.filter((m) => !claimed.has(m.file)),
    checkCwe,
  );
  return {
    cases: [...fromCsv, ...fromMarks],
    marks,
    casesFrom: { csv: claimed.size, marks: new Set(fromMarks.map((c) => c.file)).size },
  };
}

export function marksOf(file: CorpusFile): LineMark[] {
  const parsed = parseMarks(file.source);
  const out: LineMark[] = [];
  for (const kind of ['expect', 'ok'] as const) {
    for (const [id, lines] of parsed[kind]) {
      for (const line of lines) out.push({ file: file.rel, line, kind, key: parseMarkId(id) });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Matches each row's test name to one corpus file: by relative path (with or without extension), else by base name without extension. */
export function casesFromCsv(rows: readonly CsvRow[], files: readonly CorpusFile[], csvName: string): FileCase[] {
  const index = new Map<string, string[]>();
  const add = (key: string, rel: string) => {
    const k = key.toLowerCase();
    const list = index.get(k) ?? [];
    if (!list.includes(rel)) list.push(rel);
    index.set(k, list);
  };
  for (const { rel } of files) {
    const noExt = rel.slice(0, rel.length - extname(rel).length);
    add(rel, rel);
    add(noExt, rel);
    if (rel.includes('/')) {
      add(basename(rel), rel);
      add(basename(noExt), rel);
    }
  }
  const claimed = new Map<string, number>();
  return rows.map((row) => {
    const name = row.testName.replace(/\\/g, '/').replace(/^\.\//, '');
    const hits = index.get(name.toLowerCase()) ?? [];
    const where = `${csvName} line ${row.line}`;
    if (hits.length === 0) throw new LabelError(`${where}: no file in the corpus matches test "${row.testName}"`);
    if (hits.length > 1) {
      throw new LabelError(`${where}: test "${row.testName}" matches ${hits.length} files (${hits.join(', ')}); give its relative path`);
    }
    const file = hits[0]!;
    const other = claimed.get(file);
    if (other !== undefined) throw new LabelError(`${where}: ${file} is already labelled on line ${other}`);
    claimed.set(file, row.line);
    return { file, category: row.category, cwe: row.cwe, vulnerable: row.vulnerable, origin: where };
  });
}

/**
 * Without a CSV: a file is a case for each CWE its marks name (a check id
 * stands for its check's CWE), vulnerable when some `expect` mark names it.
 * The category is `CWE-N`.
 */
export function casesFromMarks(marks: readonly LineMark[], checkCwe: CheckCwe): FileCase[] {
  const byFile = new Map<string, Map<number, boolean>>();
  for (const m of marks) {
    const cwe = m.key.kind === 'cwe' ? m.key.cwe : checkCwe(m.key.checkId);
    if (cwe === undefined) continue;
    const cats = byFile.get(m.file) ?? new Map<number, boolean>();
    cats.set(cwe, (cats.get(cwe) ?? false) || m.kind === 'expect');
    byFile.set(m.file, cats);
  }
  const cases: FileCase[] = [];
  for (const [file, cats] of byFile) {
    for (const [cwe, vulnerable] of cats) cases.push({ file, category: `CWE-${cwe}`, cwe, vulnerable, origin: 'marks' });
  }
  return cases.sort((a, b) => a.category.localeCompare(b.category) || a.file.localeCompare(b.file));
}
