/** `pillar review`: discover → analyse (worker pool) → assemble → format. */
import { writeFileSync } from 'node:fs';
import { type Severity, SEVERITIES, severityRank } from '../analyze/check.js';
import { PILLAR_IDS } from '../cwe/catalog.js';
import { DEFAULT_EXCLUDES, discover } from '../discover/walk.js';
import { allCheckMetas } from '../engine/checks.js';
import { runPipeline } from '../engine/pipeline.js';
import { FORMATS } from '../format/index.js';
import { isHttpUrl } from '../format/markdown.js';
import type { Review } from '../review/types.js';
import { THREAT_MODELS, type ThreatModel } from '../dataflow/spec.js';
import { type ModelCliOptions, parseModelOptions, runModelEngine } from '../model/command.js';
import { changeRequest, loadChange, markFilteredOut } from '../change/load-change.js';
import { checkEnabled, configPillars, failOnSetting, maxFileSizeSetting, minSeveritySetting, prunableExcludes, suppressionPolicy } from '../config/resolve.js';
import { applyConfigPaths, type ConfigFlags, loadCliBaseline, loadCliConfig, namedOnCommandLine } from './config-options.js';
import { UsageError } from './errors.js';
import { terminalProgress } from './progress.js';

export interface ReviewCommandOptions extends ModelCliOptions, ConfigFlags {
  format: string;
  output?: string;
  /** Unset: the configuration's `fail-on`, else medium. */
  failOn?: string;
  pillars?: string;
  exclude: string[];
  /** Unset: the configuration's `max-file-size`, else 2MB. */
  maxFileSize?: string;
  /** `--show-suppressed`: list suppressed findings with their comments. */
  showSuppressed?: boolean;
  jobs: string;
  fileTimeout: string;
  timeBudget: string;
  threats: string;
  color: boolean;
  linkBase?: string;
  gerritLabel?: string;
  gerritComments?: 'robot' | 'human';
  /** A change to review instead of paths (src/change): a revision range, the index, a commit, or a patch file ('-': stdin). */
  diff?: string;
  staged?: boolean;
  commit?: string;
  patch?: string;
}

/** Returns the process exit code. */
export async function runReview(paths: string[], opts: ReviewCommandOptions): Promise<number> {
  const format = FORMATS[opts.format];
  if (!format) throw new UsageError(`unknown --format "${opts.format}" (choose ${Object.keys(FORMATS).join(', ')})`);
  // Flags win over pillar.config.yaml, which wins over the defaults (src/config, docs/configuration.md).
  const config = await loadCliConfig(opts, process.cwd());
  const failOn = parseFailOn(failOnSetting(opts, config));
  const pillars = opts.pillars ? parsePillars(opts.pillars) : configPillars(config);
  const maxFileSize = maxFileSizeSetting(opts, config);
  const maxFileBytes = typeof maxFileSize === 'number' ? maxFileSize : parseSize(maxFileSize);
  const minSeverity = parseMinSeverity(minSeveritySetting(opts, config));
  const baseline = loadCliBaseline(opts, config);
  const jobs = parseJobs(opts.jobs);
  const hardTimeoutMs = parseTimeout(opts.fileTimeout);
  const timeBudgetMs = parseTimeout(opts.timeBudget, '--time-budget');
  const threats = parseThreats(opts.threats);
  if (opts.linkBase !== undefined && !isHttpUrl(opts.linkBase)) throw new UsageError(`--link-base takes an http(s) URL, not "${opts.linkBase}"`);
  if (opts.gerritLabel !== undefined && !/^[\w.-]+$/.test(opts.gerritLabel)) throw new UsageError(`--gerrit-label takes a label name such as Code-Review, not "${opts.gerritLabel}"`);
  // null unless --engine llm|hybrid: only then is anything sent anywhere.
  const modelSettings = parseModelOptions(opts);

  // A change review reads the new version of the files the change touches (git or the patch), not the disk.
  const requested = changeRequest(opts);
  // Some of the configuration's excludes also prune the walk; applyConfigPaths below is the exact rule.
  const exclude = [...DEFAULT_EXCLUDES, ...prunableExcludes(config, process.cwd()), ...opts.exclude];
  const loaded = requested ? await loadChange(requested, { cwd: process.cwd(), maxFileBytes, exclude, paths, stdin: process.stdin }) : null;
  const discovery = applyConfigPaths(
    loaded ? loaded.discovery : discover(paths.length ? paths : ['.'], { exclude, maxFileBytes, cwd: process.cwd() }),
    config,
    // Every file of a change was asked for; so were the files named on the command line.
    loaded ? () => true : namedOnCommandLine(paths, process.cwd()),
    loaded?.root ?? process.cwd(),
  );
  if (discovery.missing.length) throw new UsageError(`no such file or directory: ${discovery.missing.join(', ')}`);
  if (loaded) markFilteredOut(loaded.change, discovery);

  const progress = terminalProgress(discovery.files.length);
  let review: Review;
  try {
    review = await runPipeline(discovery, {
      // Loaded while the pipeline's workers start.
      checks: allCheckMetas().then((all) => all.filter(checkEnabled(config, pillars))),
      pillars,
      pool: {
        maxFileBytes,
        jobs,
        hardTimeoutMs,
        timeBudgetMs,
        threats,
        suppressions: suppressionPolicy(opts, config),
        onProgress: progress ? (done, total) => progress.update(done, total) : undefined,
      },
      ...(loaded ? { change: loaded.change } : {}),
      assemble: {
        ...(minSeverity ? { minSeverity } : {}),
        // A change's paths are relative to the repository root.
        ...(baseline ? { baseline: { baseline, cwd: loaded?.root ?? process.cwd() } } : {}),
      },
    });
  } finally {
    progress?.clear();
  }
  let modelExit: number | null = null;
  if (modelSettings) {
    const outcome = await runModelEngine(review, modelSettings, {
      cwd: process.cwd(),
      // The model reads what the static engine read: for a change review, the new version of each file, not the disk.
      files: discovery.files,
      warn: (line) => process.stderr.write(`${line}\n`),
      policy: {
        ...(minSeverity ? { minSeverity } : {}),
        ...(baseline ? { baseline: { baseline, cwd: loaded?.root ?? process.cwd() } } : {}),
      },
    });
    if (outcome.dryRun !== undefined) {
      process.stdout.write(outcome.dryRun);
      return 0;
    }
    review = outcome.review!;
    modelExit = outcome.exitCode;
  }
  const color = opts.color && !opts.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const text = format(review, {
    color,
    // A change's paths are relative to the repository root.
    root: loaded?.root ?? process.cwd(),
    failOn,
    linkBase: opts.linkBase,
    gerritLabel: opts.gerritLabel,
    gerritComments: opts.gerritComments,
    showSuppressed: opts.showSuppressed === true,
  });
  if (opts.output) writeFileSync(opts.output, text);
  else process.stdout.write(text);

  // A file the model did not review is never a clean review (unless --allow-partial).
  if (modelExit !== null) return modelExit;
  if (failOn === null) return 0;
  return review.findings.some((f) => severityRank(f.severity) >= severityRank(failOn)) ? 1 : 0;
}

function parseMinSeverity(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new UsageError(`--min-severity takes one of ${SEVERITIES.join(', ')}; not "${value}"`);
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
