/**
 * eslint-plugin-security scored on the labels of a JavaScript corpus
 * (default bench/corpus/js-web), beside Pillar's own `pillar bench` figures
 * on the same labels, by the same scorer (src/benchmark/score.ts).
 *
 * Each plugin rule stands for the CWE below (RULE_CWES); a file is flagged
 * for its category when one of its messages carries a CWE that matches the
 * label (src/benchmark/equivalence.ts), exactly as for Pillar's findings.
 *
 * TypeScript files: ESLint's default parser reads only JavaScript, so they
 * are lint as TypeScript's own transpilation (types removed, comments and JSX
 * kept). Their marks are read from that transpiled text, so line-level
 * figures compare what ESLint saw.
 *
 * Usage: npx tsx bench/js-web-eslint.ts [corpus] [--format text|json] [--eslint-only]
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { loadLabels, type CorpusFile, type CsvSource } from '../src/benchmark/labels.js';
import { type BenchResult, formatText } from '../src/benchmark/report.js';
import { findCsvs, runBenchmark } from '../src/benchmark/run.js';
import { averageScore, type CategoryScore, type ScoredFinding, scoreFiles, scoreLines } from '../src/benchmark/score.js';
import { DEFAULT_EXCLUDES, DEFAULT_MAX_FILE_BYTES, discover } from '../src/discover/walk.js';
import { DEFAULT_FILE_TIMEOUT_MS } from '../src/engine/pool.js';
import { isFatal, lintFiles, pluginVersion, securityLinter } from './eslint-security.js';

/**
 * The CWE each rule of eslint-plugin-security 4 reports. Where a rule names
 * a broad sink, the most generous reading is taken (detect-object-injection
 * counts as prototype pollution, detect-non-literal-regexp as ReDoS), so the
 * comparison does not undersell the plugin.
 */
export const RULE_CWES: Readonly<Record<string, number>> = {
  'security/detect-child-process': 78,
  'security/detect-eval-with-expression': 95,
  'security/detect-non-literal-fs-filename': 22,
  'security/detect-non-literal-regexp': 1333,
  'security/detect-unsafe-regex': 1333,
  'security/detect-object-injection': 1321,
  'security/detect-non-literal-require': 829,
  'security/detect-possible-timing-attacks': 208,
  'security/detect-pseudoRandomBytes': 338,
  'security/detect-buffer-noassert': 125,
  'security/detect-new-buffer': 908,
  'security/detect-disable-mustache-escape': 79,
  'security/detect-no-csrf-before-method-override': 352,
  'security/detect-bidi-characters': 1007,
  'security/detect-invisible-characters': 1007,
};

const TS_FILE = /\.(?:ts|tsx|mts|cts)$/;

/** What ESLint lints for a TypeScript file: TypeScript's transpilation, comments and JSX kept. */
export function asJavaScript(source: string, fileName: string): string {
  return ts.transpileModule(source, {
    fileName,
    compilerOptions: { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, jsx: ts.JsxEmit.Preserve, removeComments: false },
  }).outputText;
}

export interface EslintCorpusRun {
  result: BenchResult;
  /** Files ESLint could not parse (corpus-relative). */
  unparsed: string[];
}

export async function scoreEslint(corpus: string): Promise<EslintCorpusRun> {
  const root = resolve(corpus);
  const discovery = discover([root], { exclude: DEFAULT_EXCLUDES, maxFileBytes: DEFAULT_MAX_FILE_BYTES, cwd: process.cwd() });
  const rel = (abs: string) => relative(root, abs).split(sep).join('/');
  const files: CorpusFile[] = [];
  const findings: ScoredFinding[] = [];
  const unparsed: string[] = [];
  const collect = (file: string, messages: ReadonlyArray<{ ruleId: string | null; line: number }>) => {
    for (const m of messages) {
      const cwe = m.ruleId ? RULE_CWES[m.ruleId] : undefined;
      if (cwe !== undefined) findings.push({ file, line: m.line, cwe, checkId: m.ruleId! });
    }
  };

  const jsPaths: string[] = [];
  // ESLint ignores files outside its working folder: lint from the corpus root.
  const linter = securityLinter('module', root);
  for (const f of discovery.files) {
    const source = readFileSync(f.absPath, 'utf8');
    if (!TS_FILE.test(f.absPath)) {
      files.push({ rel: rel(f.absPath), source });
      jsPaths.push(f.absPath);
      continue;
    }
    const js = asJavaScript(source, f.absPath);
    files.push({ rel: rel(f.absPath), source: js });
    const [r] = await linter.lintText(js, { filePath: f.absPath.replace(/\.(m|c)?ts$/, '.$1js').replace(/\.tsx$/, '.jsx') });
    if (!r) continue;
    if (isFatal(r)) unparsed.push(rel(f.absPath));
    collect(rel(f.absPath), r.messages);
  }
  for (const r of await lintFiles(jsPaths, root)) {
    if (isFatal(r)) unparsed.push(rel(r.filePath));
    collect(rel(r.filePath), r.messages);
  }

  const sources: CsvSource[] = findCsvs(root).map(({ path, base }) => ({ text: readFileSync(path, 'utf8'), name: relative(process.cwd(), path), base }));
  const labels = loadLabels(files, sources, () => undefined);
  const categories = scoreFiles(labels.cases, findings);
  return {
    result: {
      tool: { name: 'eslint-plugin-security', version: pluginVersion() },
      corpus: relative(process.cwd(), root) || '.',
      labels: { csv: sources.map((s) => s.name), filesFromCsv: labels.casesFrom.csv, filesFromMarks: labels.casesFrom.marks },
      files: { reviewed: files.length, failed: unparsed, unlabelled: 0 },
      categories,
      averageScore: averageScore(categories),
      lines: scoreLines(labels.marks, findings),
    },
    unparsed,
  };
}

const signed = (v: number | null) => (v === null ? '–' : `${v > 0 ? '+' : ''}${(v * 100).toFixed(1)}`);
const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(0)}%`);

/** One row per category: Pillar's and the plugin's TPR, FPR and score side by side. */
export function sideBySide(pillar: BenchResult, eslint: BenchResult): string {
  const byName = (list: CategoryScore[]) => new Map(list.map((c) => [c.category, c]));
  const p = byName(pillar.categories);
  const e = byName(eslint.categories);
  const names = [...new Set([...p.keys(), ...e.keys()])].sort();
  const header = ['category', 'CWE', 'Pillar TPR', 'FPR', 'score', 'ESLint TPR', 'FPR', 'score'];
  const rows = names.map((n) => {
    const a = p.get(n);
    const b = e.get(n);
    return [n, (a ?? b)!.cwes.join(','), pct(a?.tpr ?? null), pct(a?.fpr ?? null), signed(a?.score ?? null), pct(b?.tpr ?? null), pct(b?.fpr ?? null), signed(b?.score ?? null)];
  });
  rows.push(['average', '', '', '', signed(pillar.averageScore), '', '', signed(eslint.averageScore)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i < 2 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(0, -1).map(line), line(widths.map((w) => '-'.repeat(w))), line(rows.at(-1)!)];
  const l = (r: BenchResult) => (r.lines ? `precision ${pct(r.lines.precision)}, recall ${pct(r.lines.recall)}, F1 ${pct(r.lines.f1)}` : '–');
  out.push('', `line level (marks): Pillar ${l(pillar)}; ESLint ${l(eslint)}`);
  return `${out.join('\n')}\n`;
}

const isMain = process.argv[1] !== undefined && /js-web-eslint\.[jt]s$/.test(process.argv[1]);
if (isMain) {
  const args = process.argv.slice(2);
  const formatAt = args.indexOf('--format');
  const format = formatAt >= 0 ? args.splice(formatAt, 2)[1] : 'text';
  const eslintOnlyAt = args.indexOf('--eslint-only');
  const eslintOnly = eslintOnlyAt >= 0 && args.splice(eslintOnlyAt, 1).length > 0;
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`js-web-eslint: --format takes text or json, not "${format}"\n`);
    process.exit(2);
  }
  const corpus = args[0] ?? 'bench/corpus/js-web';
  const eslint = await scoreEslint(corpus);
  const pillar = eslintOnly
    ? null
    : await runBenchmark(corpus, { jobs: 0, hardTimeoutMs: DEFAULT_FILE_TIMEOUT_MS, maxFileBytes: DEFAULT_MAX_FILE_BYTES });
  if (format === 'json') process.stdout.write(`${JSON.stringify({ eslint: eslint.result, pillar }, null, 2)}\n`);
  else {
    process.stdout.write(formatText(eslint.result));
    if (pillar) process.stdout.write(`\nPillar and eslint-plugin-security on the same labels (${corpus}):\n\n${sideBySide(pillar, eslint.result)}`);
  }
}
