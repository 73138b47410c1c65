/** `pillar bench`: option parsing and the exit code (0, 1 below --min-score, 2 usage). */
import { statSync } from 'node:fs';
import { UsageError } from '../cli/errors.js';
import { parseJobs, parseSize, parseThreats, parseTimeout } from '../cli/review-command.js';
import { LabelError } from './labels.js';
import { formatJson, formatText } from './report.js';
import { runBenchmark } from './run.js';

export interface BenchCommandOptions {
  expected?: string;
  format: string;
  categories?: string;
  minScore?: string;
  jobs: string;
  fileTimeout: string;
  timeBudget?: string;
  threats?: string;
  maxFileSize: string;
}

export async function runBench(corpus: string, opts: BenchCommandOptions): Promise<number> {
  if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`--format takes text or json, not "${opts.format}"`);
  const minScore = opts.minScore === undefined ? null : parseMinScore(opts.minScore);
  const jobs = parseJobs(opts.jobs);
  if (!isDirectory(corpus)) throw new UsageError(`not a directory: ${corpus}`);
  const categories = opts.categories
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

  let result: Awaited<ReturnType<typeof runBenchmark>>;
  try {
    result = await runBenchmark(corpus, {
      expected: opts.expected,
      categories,
      jobs,
      hardTimeoutMs: parseTimeout(opts.fileTimeout),
      timeBudgetMs: parseTimeout(opts.timeBudget ?? '5', '--time-budget'),
      ...(opts.threats ? { threats: parseThreats(opts.threats) } : {}),
      maxFileBytes: parseSize(opts.maxFileSize),
    });
  } catch (err) {
    if (err instanceof LabelError) throw new UsageError(err.message);
    throw err;
  }
  process.stdout.write(opts.format === 'json' ? formatJson(result) : formatText(result));
  if (minScore === null) return 0;
  if (result.averageScore === null) {
    process.stderr.write('pillar: no category could be scored, so --min-score is not met\n');
    return 1;
  }
  return result.averageScore < minScore ? 1 : 0;
}

/** A fraction from -1 to 1 (0.5) or a percentage (50%). */
export function parseMinScore(value: string): number {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
  const n = m ? Number(m[1]) / (m[2] ? 100 : 1) : Number.NaN;
  if (!(n >= -1 && n <= 1)) throw new UsageError(`--min-score takes a score from -1 to 1 such as 0.5, or a percentage such as 50%; not "${value}"`);
  return n;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
