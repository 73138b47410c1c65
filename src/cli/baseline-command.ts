/**
 * `pillar baseline create [-o FILE] [paths...]`: reviews the paths as `pillar
 * review` would (same configuration, exclusions and suppressions, never an
 * existing baseline) and records every reported finding in a baseline file,
 * so that `pillar review --baseline FILE` reports only new ones.
 */
import { resolve } from 'node:path';
import { DEFAULT_EXCLUDES, discover } from '../discover/walk.js';
import { allCheckMetas } from '../engine/checks.js';
import { runPipeline } from '../engine/pipeline.js';
import { checkEnabled, configPillars, maxFileSizeSetting, minSeveritySetting, prunableExcludes, suppressionPolicy } from '../config/resolve.js';
import { createBaseline, writeBaseline } from '../review/baseline.js';
import type { Severity } from '../analyze/check.js';
import { applyConfigPaths, type ConfigFlags, loadCliConfig, namedOnCommandLine } from './config-options.js';
import { UsageError } from './errors.js';
import { terminalProgress } from './progress.js';
import { parseJobs, parsePillars, parseSize, parseThreats, parseTimeout } from './review-command.js';

export const DEFAULT_BASELINE_FILE = '.pillar-baseline.json';

export interface BaselineCreateOptions extends ConfigFlags {
  output?: string;
  exclude: string[];
  jobs: string;
  fileTimeout: string;
  timeBudget: string;
  threats: string;
}

export async function runBaselineCreate(paths: string[], opts: BaselineCreateOptions): Promise<number> {
  const cwd = process.cwd();
  const config = await loadCliConfig(opts, cwd);
  // -o, else the configuration's baseline path (so `pillar review` finds it), else the default name.
  const output = opts.output ? resolve(cwd, opts.output) : (config.baseline ?? resolve(cwd, DEFAULT_BASELINE_FILE));
  const pillars = opts.pillars ? parsePillars(opts.pillars) : configPillars(config);
  const size = maxFileSizeSetting(opts, config);
  const maxFileBytes = typeof size === 'number' ? size : parseSize(size);
  const minSeverity = minSeveritySetting(opts, config) as Severity | undefined;

  const exclude = [...DEFAULT_EXCLUDES, ...prunableExcludes(config, cwd), ...opts.exclude];
  const found = discover(paths.length ? paths : ['.'], { exclude, maxFileBytes, cwd });
  const discovery = applyConfigPaths(found, config, namedOnCommandLine(paths, cwd), cwd);
  if (discovery.missing.length) throw new UsageError(`no such file or directory: ${discovery.missing.join(', ')}`);

  const progress = terminalProgress(discovery.files.length);
  let review: Awaited<ReturnType<typeof runPipeline>>;
  try {
    review = await runPipeline(discovery, {
      // Loaded while the pipeline's workers start.
      checks: allCheckMetas().then((all) => all.filter(checkEnabled(config, pillars))),
      pillars,
      pool: {
        maxFileBytes,
        jobs: parseJobs(opts.jobs),
        hardTimeoutMs: parseTimeout(opts.fileTimeout),
        timeBudgetMs: parseTimeout(opts.timeBudget, '--time-budget'),
        threats: parseThreats(opts.threats),
        suppressions: suppressionPolicy(opts, config),
        onProgress: progress ? (done, total) => progress.update(done, total) : undefined,
      },
      assemble: minSeverity ? { minSeverity } : {},
    });
  } finally {
    progress?.clear();
  }
  // A baseline that silently misses files would later report their findings as new: say which were not reviewed.
  for (const f of review.files.failed) process.stderr.write(`pillar: warning: ${f.path} was not reviewed (${f.error}); its findings are not in the baseline\n`);

  const doc = createBaseline(review.findings, output, cwd);
  try {
    writeBaseline(doc, output);
  } catch (err) {
    throw new UsageError(`cannot write ${output}: ${(err as Error).message}`);
  }
  const n = review.findings.length;
  process.stdout.write(
    `Baseline ${output}: ${n} ${n === 1 ? 'finding' : 'findings'} recorded (${doc.findings.length} distinct) from ${review.totals.files} reviewed ${review.totals.files === 1 ? 'file' : 'files'}.\n`,
  );
  return 0;
}
