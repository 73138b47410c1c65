/**
 * The review pipeline after discovery, shared by `pillar review`, `pillar
 * bench` and the benchmark runner: files through the worker pool, skipped
 * files listed with their reasons, and the per-pillar assembly.
 */
import type { Check } from '../analyze/check.js';
import type { Discovery } from '../discover/walk.js';
import { assembleReview } from '../review/assemble.js';
import type { Review } from '../review/types.js';
import { type PoolOptions, reviewFiles } from './pool.js';
import { skipped } from './analyze-file.js';
import type { FileResult } from './types.js';

export interface PipelineOptions {
  checks: readonly Check[];
  pillars: readonly number[];
  pool: Omit<PoolOptions, 'checkIds'>;
}

export async function runPipeline(discovery: Discovery, options: PipelineOptions): Promise<Review> {
  const results = await reviewFiles(discovery.files, { ...options.pool, checkIds: options.checks.map((c) => c.meta.id) });
  const notReviewed: FileResult[] = discovery.skipped.map((s) => skipped(s.path, null, s.reason));
  return assembleReview([...results, ...notReviewed], { checks: options.checks.map((c) => c.meta), pillars: options.pillars });
}
