/** `pillar review`: discover → analyse (worker pool) → assemble → format. */
import { writeFileSync } from 'node:fs';
import { type Severity, SEVERITIES, severityRank } from '../analyze/check.js';
import { PILLAR_IDS, pillarOf } from '../cwe/catalog.js';
import { DEFAULT_EXCLUDES, discover } from '../discover/walk.js';
import { allChecks } from '../engine/checks.js';
import { runPipeline } from '../engine/pipeline.js';
import { FORMATS } from '../format/index.js';
import type { Review } from '../review/types.js';
import { THREAT_MODELS, type ThreatModel } from '../dataflow/spec.js';
import { UsageError } from './errors.js';
import { terminalProgress } from './progress.js';

export interface ReviewCommandOptions {
  format: string;
  output?: string;
  failOn: string;
  pillars?: string;
  exclude: string[];
  maxFileSize: string;
  jobs: string;
  fileTimeout: string;
  timeBudget: string;
  threats: string;
  color: boolean;
}

/** Returns the process exit code. */
export async function runReview(paths: string[], opts: ReviewCommandOptions): Promise<number> {
  const format = FORMATS[opts.format];
  if (!format) throw new UsageError(`unknown --format "${opts.format}" (choose ${Object.keys(FORMATS).join(', ')})`);
  const failOn = parseFailOn(opts.failOn);
  const pillars = parsePillars(opts.pillars);
  const maxFileBytes = parseSize(opts.maxFileSize);
  const jobs = parseJobs(opts.jobs);
  const hardTimeoutMs = parseTimeout(opts.fileTimeout);
  const timeBudgetMs = parseTimeout(opts.timeBudget, '--time-budget');
  const threats = parseThreats(opts.threats);

  const discovery = discover(paths.length ? paths : ['.'], {
    exclude: [...DEFAULT_EXCLUDES, ...opts.exclude],
    maxFileBytes,
    cwd: process.cwd(),
  });
  if (discovery.missing.length) throw new UsageError(`no such file or directory: ${discovery.missing.join(', ')}`);

  const checks = (await allChecks()).filter((c) => pillars.includes(pillarOf(c.meta.cwe) ?? -1));
  const progress = terminalProgress(discovery.files.length);
  let review: Review;
  try {
    review = await runPipeline(discovery, {
      checks,
      pillars,
      pool: {
        maxFileBytes,
        jobs,
        hardTimeoutMs,
        timeBudgetMs,
        threats,
        onProgress: progress ? (done, total) => progress.update(done, total) : undefined,
      },
    });
  } finally {
    progress?.clear();
  }
  const color = opts.color && !opts.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const text = format(review, { color, root: process.cwd() });
  if (opts.output) writeFileSync(opts.output, text);
  else process.stdout.write(text);

  if (failOn === null) return 0;
  return review.findings.some((f) => severityRank(f.severity) >= severityRank(failOn)) ? 1 : 0;
}

function parseFailOn(value: string): Severity | null {
  if (value === 'none') return null;
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new UsageError(`--fail-on takes one of ${SEVERITIES.join(', ')}, none; not "${value}"`);
}

export function parsePillars(value: string | undefined): number[] {
  if (!value) return [...PILLAR_IDS];
  const ids = value.split(',').map((s) => Number.parseInt(s.trim().replace(/^CWE-/i, ''), 10));
  const bad = ids.filter((id) => !PILLAR_IDS.includes(id));
  if (bad.length || ids.length === 0) {
    throw new UsageError(`--pillars takes pillar ids from ${PILLAR_IDS.join(', ')}; not "${value}"`);
  }
  return ids;
}

/** `--file-timeout` in seconds (fractions allowed) → milliseconds. */
export function parseTimeout(value: string, option = '--file-timeout'): number {
  const seconds = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
  const ms = Math.ceil(seconds * 1000);
  if (!(ms >= 1 && ms <= 2 ** 31 - 1)) throw new UsageError(`${option} takes a number of seconds such as 60 or 0.5, not "${value}"`);
  return ms;
}

export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--max-file-size takes a size such as 2MB or 500KB, not "${value}"`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}

/** `--threats remote,local,environment,file`: which untrusted sources the dataflow analysis counts. */
export function parseThreats(value: string): ThreatModel[] {
  const models = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = models.filter((m) => !(THREAT_MODELS as readonly string[]).includes(m));
  if (bad.length || models.length === 0) {
    throw new UsageError(`--threats takes a list of ${THREAT_MODELS.join(', ')}; not "${value}"`);
  }
  return models as ThreatModel[];
}

/** `--jobs N`: a whole number of worker threads, 0 for one per core. */
export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--jobs takes a whole number, not "${value}"`);
  return Number.parseInt(value, 10);
}
