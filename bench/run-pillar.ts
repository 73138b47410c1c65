/**
 * One Pillar run over the corpus, the same pipeline as `pillar review -f json`:
 * discover → worker pool → assemble → format (the text is dropped).
 * With --js the corpus is the JavaScript one (bench/js-corpus.ts: the files
 * ESLint lints), by default the project's node_modules.
 * Usage: node dist/bench/run-pillar.js [corpus] [--jobs N] [--js]
 */
import { PILLAR_IDS } from '../src/cwe/catalog.js';
import { allCheckMetas } from '../src/engine/checks.js';
import { runPipeline } from '../src/engine/pipeline.js';
import { DEFAULT_FILE_TIMEOUT_MS } from '../src/engine/pool.js';
import { tuneV8ForShortRuns } from '../src/engine/v8-tuning.js';
import { DEFAULT_MAX_FILE_BYTES, discover } from '../src/discover/walk.js';
import { FORMATS } from '../src/format/index.js';
import { DEFAULT_JS_CORPUS, jsCorpusFiles } from './js-corpus.js';
import { CORPUS_EXCLUDES, DEFAULT_CORPUS, cpuMs, maxRssMB, type RunFigures } from './stdlib-corpus.js';

const args = process.argv.slice(2);
const jobsAt = args.indexOf('--jobs');
const jobs = jobsAt >= 0 ? Number(args.splice(jobsAt, 2)[1]) : 0;
const jsAt = args.indexOf('--js');
const js = jsAt >= 0 && args.splice(jsAt, 1).length > 0;
const root = args[0] ?? (js ? DEFAULT_JS_CORPUS : DEFAULT_CORPUS);

// As `pillar` does at its start (src/engine/v8-tuning.ts).
tuneV8ForShortRuns();
const started = performance.now();
const discovery = js
  ? { files: jsCorpusFiles(root).files, skipped: [], missing: [] }
  : discover([root], { exclude: CORPUS_EXCLUDES, maxFileBytes: DEFAULT_MAX_FILE_BYTES, cwd: root });
// As `pillar review` does: the checks load while the pipeline's workers start.
const checks = allCheckMetas();
const review = await runPipeline(discovery, {
  checks,
  pillars: PILLAR_IDS,
  pool: { maxFileBytes: DEFAULT_MAX_FILE_BYTES, jobs, hardTimeoutMs: DEFAULT_FILE_TIMEOUT_MS },
});
const text = FORMATS.json!(review, { color: false, root });
const wallMs = performance.now() - started;

const figures: RunFigures = {
  tool: 'pillar',
  wallMs: Math.round(wallMs),
  files: review.totals.files,
  lines: review.totals.lines,
  findings: review.totals.findings,
  maxRssMB: maxRssMB(),
  cpuMs: cpuMs(),
};
if (text.length === 0) throw new Error('empty review');
process.stdout.write(`${JSON.stringify({ ...figures, failed: review.files.failed.length, checks: (await checks).length })}\n`);
