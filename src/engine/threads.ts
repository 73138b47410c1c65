/**
 * The worker threads that review files, and the messages they exchange with
 * the thread that started them.
 *
 * Workers get a large stack: the lowering and the IR walks are recursive, and
 * a deeply nested file that would overflow the main thread's stack (about
 * 1 MB) is reviewed in full on a worker's. The stack is reserved, not used,
 * so it costs memory only when a file needs it.
 */
import { Worker } from 'node:worker_threads';
import { bundledWorkerUrl } from './build-outputs.js';
import type { SuppressionPolicy } from '../review/suppressions.js';
import type { AnalyzeOptions, FileResult } from './types.js';

export const WORKER_STACK_MB = 256;

/**
 * The young generation of a worker's heap. Parsing, lowering and the dataflow
 * allocate many short-lived objects; with V8's default (16 MB semi-spaces) the
 * garbage collector took about 16% of a worker's time on the standard-library
 * corpus, with 96 MB (32 MB semi-spaces) about 10%, with 192 MB about 9% but
 * twice the memory.
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

export interface WorkerInit {
  /** The analysis options; a worker started ahead of them (head-start.ts) gets a `configure` message first instead. */
  options?: AnalyzeOptions;
  /**
   * The languages of the files it will get (ids), loaded and warmed up
   * before the worker says it is ready; others load on their first file.
   * Absent: every language.
   */
  languages?: readonly string[];
}

export type WorkerTask =
  | { configure: AnalyzeOptions }
  | { id: number; path: string; absPath: string; content?: Uint8Array }
  | { id: number; path: string; source: string; language: string; checkIds: string[] | null; suppressions?: SuppressionPolicy };

export type WorkerReply = { ready: true } | { id: number; result: FileResult };

/**
 * The worker script beside this module: worker.ts under tsx; once compiled,
 * the bundle of worker.js when the build left a fresh one
 * (src/engine/build-outputs.ts), else worker.js itself.
 */
export function defaultWorkerUrl(): URL {
  if (import.meta.url.endsWith('.ts')) return new URL('./worker.ts', import.meta.url);
  return bundledWorkerUrl() ?? new URL('./worker.js', import.meta.url);
}

export function startWorker(init: WorkerInit, url: URL = defaultWorkerUrl()): Worker {
  const options = { workerData: init, resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  // Running the sources through tsx (development, `node --import tsx --test`):
  // a worker does not get tsx's loader from the parent on every Node version
  // (not on Node 20), so the worker registers it before loading the script.
  const boot = [
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};`,
    'register();',
    `await import(${JSON.stringify(url.href)});`,
  ].join('\n');
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), options);
}
