/**
 * `pillar bench` end to end: label the corpus, review it with the same
 * pipeline as `pillar review` (all pillars, all checks), then score.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { PILLAR_IDS } from '../cwe/catalog.js';
import type { ThreatModel } from '../dataflow/spec.js';
import { DEFAULT_EXCLUDES, discover } from '../discover/walk.js';
import { allCheckMetas } from '../engine/checks.js';
import { runPipeline } from '../engine/pipeline.js';
import type { Review } from '../review/types.js';
import { TOOL_VERSION } from '../version.js';
import { type CsvSource, LabelError, type Labels, loadLabels } from './labels.js';
import type { BenchResult } from './report.js';
import { averageScore, type ScoredFinding, scoreFiles, scoreLines } from './score.js';

export interface BenchOptions {
  /** The expected-results CSV; default: every `expected.csv` in the corpus, each labelling the files under its folder. */
  expected?: string;
  /** Category names or CWEs (`sqli`, `CWE-89`, `89`) to score; default all. */
  categories?: readonly string[];
  jobs: number;
  hardTimeoutMs: number;
  /** Soft per-file dataflow budget (ms); default as in `pillar review`. */
  timeBudgetMs?: number;
  threats?: readonly ThreatModel[];
  maxFileBytes: number;
}

/** Throws LabelError for bad labels or an unknown category. */
export async function runBenchmark(corpus: string, options: BenchOptions): Promise<BenchResult> {
  const root = resolve(corpus);
  const discovery = discover([root], { exclude: DEFAULT_EXCLUDES, maxFileBytes: options.maxFileBytes, cwd: process.cwd() });
  const relOf = new Map(discovery.files.map((f) => [f.path, relative(root, f.absPath).split(sep).join('/')]));
  const files = discovery.files.map((f) => ({ rel: relOf.get(f.path)!, source: readFileSync(f.absPath, 'utf8') }));

  const checks = await allCheckMetas();
  const cweOf = new Map(checks.map((c) => [c.id, c.cwe]));
  const csvs = options.expected === undefined ? findCsvs(root) : [{ path: resolve(options.expected), base: '' }];
  const sources: CsvSource[] = csvs.map(({ path, base }) => {
    if (!existsSync(path)) throw new LabelError(`no such expected-results file: ${path}`);
    return { text: readFileSync(path, 'utf8'), name: displayPath(path), base };
  });
  const labels = selectCategories(
    loadLabels(files, sources, (id) => cweOf.get(id)),
    options.categories,
  );

  const review = await runPipeline(discovery, {
    checks,
    pillars: PILLAR_IDS,
    pool: {
      maxFileBytes: options.maxFileBytes,
      jobs: options.jobs,
      hardTimeoutMs: options.hardTimeoutMs,
      ...(options.timeBudgetMs !== undefined ? { timeBudgetMs: options.timeBudgetMs } : {}),
      ...(options.threats ? { threats: options.threats } : {}),
    },
  });
  const findings = scoredFindings(review, relOf);

  const labelled = new Set([...labels.cases.map((c) => c.file), ...labels.marks.map((m) => m.file)]);
  const categories = scoreFiles(labels.cases, findings);
  return {
    tool: { name: 'pillar', version: TOOL_VERSION },
    corpus: displayPath(root),
    labels: { csv: sources.map((c) => c.name), filesFromCsv: labels.casesFrom.csv, filesFromMarks: labels.casesFrom.marks },
    files: {
      reviewed: review.files.reviewed.length,
      failed: review.files.failed.map((f) => `${relOf.get(f.path) ?? f.path}: ${f.error}`),
      unlabelled: options.categories ? 0 : files.filter((f) => !labelled.has(f.rel)).length,
    },
    categories,
    averageScore: averageScore(categories),
    lines: scoreLines(labels.marks, findings),
  };
}

export function scoredFindings(review: Review, relOf: ReadonlyMap<string, string>): ScoredFinding[] {
  return review.findings.map((f) => ({ file: relOf.get(f.path) ?? f.path, line: f.range.line, cwe: f.cwe, checkId: f.checkId }));
}

/** Keeps the cases of the named categories, and the marks of their files. */
export function selectCategories(labels: Labels, wanted: readonly string[] | undefined): Labels {
  if (!wanted?.length) return labels;
  const names = [...new Set(labels.cases.map((c) => c.category))].sort((a, b) => a.localeCompare(b));
  const keep = new Set<string>();
  for (const w of wanted) {
    const cwe = /^(?:CWE-)?(\d+)$/i.exec(w.trim());
    const hits = names.filter((n) =>
      cwe ? labels.cases.some((c) => c.category === n && c.cwe === Number(cwe[1])) : n.toLowerCase() === w.trim().toLowerCase(),
    );
    if (!hits.length) throw new LabelError(`no category "${w}" in the corpus (categories: ${names.join(', ') || 'none'})`);
    for (const h of hits) keep.add(h);
  }
  const cases = labels.cases.filter((c) => keep.has(c.category));
  const files = new Set(cases.map((c) => c.file));
  return { ...labels, cases, marks: labels.marks.filter((m) => files.has(m.file)) };
}

/** Every `expected.csv` under the corpus (not in dot folders or the default excludes), with its corpus-relative folder. */
export function findCsvs(root: string): Array<{ path: string; base: string }> {
  const found: Array<{ path: string; base: string }> = [];
  const skip = new Set(DEFAULT_EXCLUDES.map((e) => e.replace(/\/$/, '')));
  const walk = (dir: string, base: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.isFile() && e.name === 'expected.csv') found.push({ path: join(dir, e.name), base });
    }
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.') && !skip.has(e.name)) walk(join(dir, e.name), base ? `${base}/${e.name}` : e.name);
    }
  };
  walk(root, '');
  return found;
}

function displayPath(p: string): string {
  const rel = relative(process.cwd(), resolve(p));
  return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : resolve(p);
}
