/**
 * The review pipeline after discovery, shared by `pillar review`, `pillar
 * bench` and the benchmark runner: files through the worker pool, skipped
 * files listed with their reasons, and the per-pillar assembly.
 */
import type { CheckMeta } from '../analyze/check.js';
import type { Discovery } from '../discover/walk.js';
import { type AssembleOptions, assembleReview } from '../review/assemble.js';
import type { Review, ReviewChange } from '../review/types.js';
import { type PoolOptions, reviewFiles, startWorkersEarly } from './pool.js';
import { skipped } from './results.js';
import type { FileResult } from './types.js';

export interface PipelineOptions {
  /**
   * The checks to run (their metadata), or the promise of them: the pipeline
   * starts its workers before it waits, so that they load while this thread
   * gets the checks (src/engine/head-start.ts; allCheckMetas in checks.ts).
   */
  checks: readonly CheckMeta[] | Promise<readonly CheckMeta[]>;
  pillars: readonly number[];
  pool: Omit<PoolOptions, 'checkIds' | 'headStart'>;
  /** A change review: findings are kept on the change's lines only. */
  change?: ReviewChange;
  /** Baseline and minimum severity (src/review/baseline.ts, configuration `min-severity`). */
  assemble?: Pick<AssembleOptions, 'baseline' | 'minSeverity'>;
}

export async function runPipeline(discovery: Discovery, options: PipelineOptions): Promise<Review> {
  const headStart = startWorkersEarly(discovery.files, options.pool.jobs, options.pool.workerUrl);
  let checks: readonly CheckMeta[];
  try {
    checks = await options.checks;
  } catch (err) {
    await headStart?.close();
    throw err;
  }
  // The pool takes the early workers over and stops any it does not use.
  const results = await reviewFiles(discovery.files, { ...options.pool, ...(headStart ? { headStart } : {}), checkIds: checks.map((c) => c.id) });
  const notReviewed: FileResult[] = discovery.skipped.map((s) => skipped(s.path, null, s.reason));
  return assembleReview([...results, ...notReviewed], {
    checks,
    pillars: options.pillars,
    ...(options.change ? { change: options.change } : {}),
    ...options.assemble,
  });
}
