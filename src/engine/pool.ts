/**
 * Reviews files in parallel on worker threads, one file per task, handed out
 * as workers free up (each with the next file already waiting), largest
 * first (so that no long file is left to finish alone at the end); results
 * come back in input order. Small inputs are
 * reviewed on the main thread, where starting workers would cost more than
 * it saves (and where the hard time limit cannot apply).
 *
 * A file whose worker dies (crash, out of memory) or overruns the hard time
 * limit is reported as failed with a one-line reason, the worker is
 * replaced, the file that was waiting behind it goes to another worker, and
 * the other files go on. If workers cannot even start, the
 * remaining files are reviewed on the main thread. Every worker is
 * terminated before the returned promise settles.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { errorMessage } from '../analyze/error-message.js';
import type { DiscoveredFile } from '../discover/walk.js';
import { languageForPath } from '../lang/registry.js';
import { WorkerHeadStart } from './head-start.js';
import { failed } from './results.js';
import { startWorker, type WorkerReply, type WorkerTask } from './threads.js';
import type { AnalyzeOptions, FileResult } from './types.js';

export interface PoolOptions extends AnalyzeOptions {
  /** Workers already started for these files (startWorkersEarly); unused ones are stopped at the end. */
  headStart?: WorkerHeadStart;
  /** Worker threads; 0 means one per core. */
  jobs: number;
  /** A file that takes longer than this is abandoned and reported as failed. */
  hardTimeoutMs: number;
  onProgress?: (done: number, total: number, path: string) => void;
  /** Internal, for tests: the worker script to start instead of worker.ts/.js. */
  workerUrl?: URL;
}

export const DEFAULT_FILE_TIMEOUT_MS = 60_000;

/** Below this many files everything is reviewed on the main thread. */
export const INLINE_BELOW = 8;

/**
 * Files sent to a worker ahead of the one it is reviewing: the next is
 * already there when it finishes one, instead of a round trip to this
 * thread later (about a third of a millisecond per file, a tenth of the
 * time of a small file).
 */
const PREFETCH = 2;

/** Workers that fail before taking a file, in a row, before the pool stops starting them. */
const MAX_START_FAILURES = 3;

/** How long a worker may take to load grammars and checks. */
const START_TIMEOUT_MS = 60_000;

export async function reviewFiles(files: readonly DiscoveredFile[], options: PoolOptions): Promise<FileResult[]> {
  try {
    return await reviewWith(files, options);
  } finally {
    await options.headStart?.close();
  }
}

/** Worker threads for `files` (one per core, or `jobs`), or none where they would not pay. */
export function workerCount(files: readonly DiscoveredFile[], jobs: number): number {
  if (files.length < INLINE_BELOW) return 0;
  return Math.max(1, Math.min(jobs > 0 ? jobs : availableParallelism(), files.length));
}

/** The languages of `files` (ids): what workers warm up. */
export function languagesOf(files: readonly DiscoveredFile[]): string[] {
  return [...new Set(files.map((f) => languageForPath(f.absPath)?.id).filter((id) => id !== undefined))];
}

/**
 * Starts the workers `reviewFiles` will use for `files`, now, so that they
 * load while the caller gets the rest of the review ready (see
 * head-start.ts); undefined when the files are reviewed on this thread.
 */
export function startWorkersEarly(files: readonly DiscoveredFile[], jobs: number, workerUrl?: URL): WorkerHeadStart | undefined {
  const count = workerCount(files, jobs);
  return count > 0 ? new WorkerHeadStart(count, languagesOf(files), workerUrl) : undefined;
}

async function reviewWith(files: readonly DiscoveredFile[], options: PoolOptions): Promise<FileResult[]> {
  const { jobs, hardTimeoutMs, onProgress, workerUrl, headStart, ...analyzeOptions } = options;
  const results = new Array<FileResult>(files.length);
  let done = 0;
  const complete = (index: number, result: FileResult) => {
    results[index] = result;
    done++;
    onProgress?.(done, files.length, files[index]!.path);
  };
  const reviewInline = async (indexes: Iterable<number>) => {
    // Loaded here only: the thread that runs the pool need not load the analysis.
    const { analyzeFile } = await import('./analyze-file.js');
    for (const i of indexes) complete(i, await analyzeFile(files[i]!.absPath, analyzeOptions, files[i]!.path, files[i]!.content));
  };

  const threads = workerCount(files, jobs);
  if (threads === 0) {
    await reviewInline(files.keys());
    return results;
  }

  const order = [...files.keys()].sort((a, b) => (files[b]!.size ?? 0) - (files[a]!.size ?? 0) || a - b);
  // Workers warm up only the languages they will see (a Python tree does not load the TypeScript grammar).
  const languages = languagesOf(files);
  const live = new Set<() => void>();
  const exits: Array<Promise<unknown>> = [];
  let next = 0;
  /** Files a stopped worker had been sent but had not started: they go to the next worker first. */
  const returned: number[] = [];
  const hasMore = () => returned.length > 0 || next < files.length;
  const take = () => returned.pop() ?? order[next++]!;
  let startFailures = 0;

  await new Promise<void>((resolveAll) => {
    const settleIfDone = () => {
      if (done < files.length) return false;
      for (const retire of [...live]) retire();
      resolveAll();
      return true;
    };

    const replenish = () => {
      if (settleIfDone() || !hasMore()) return;
      if (startFailures < MAX_START_FAILURES) {
        spawn();
        return;
      }
      if (live.size > 0) return; // the workers still running take the rest
      const rest: number[] = [];
      while (hasMore()) rest.push(take());
      void reviewInline(rest).then(settleIfDone);
    };

    const spawn = () => {
      let worker: Worker;
      const early = headStart?.take() ?? null;
      if (early) {
        worker = early.worker;
        // Started before the options were known: they go first (the worker takes messages in order).
        worker.postMessage({ configure: analyzeOptions } satisfies WorkerTask);
      } else {
        try {
          worker = startWorker({ options: analyzeOptions, languages }, workerUrl);
        } catch {
          startFailures++;
          replenish();
          return;
        }
      }
      let ready = false;
      /** The files sent to this worker, in order; the first is the one it is reviewing. */
      const sent: number[] = [];
      let retired = false;
      // A worker that cannot even get ready counts as a start failure.
      let timer: NodeJS.Timeout | null = setTimeout(() => die('worker did not start'), Math.max(hardTimeoutMs, START_TIMEOUT_MS));
      const clearTimer = () => {
        if (timer) clearTimeout(timer);
        timer = null;
      };
      const retire = () => {
        retired = true;
        live.delete(retire);
        clearTimer();
        worker.removeAllListeners();
        worker.on('error', () => undefined); // late errors of a stopped worker are of no interest
        exits.push(worker.terminate().catch(() => undefined));
      };
      live.add(retire);

      // The hard limit runs for the file the worker is on: from when the previous one came back.
      const timeCurrent = () => {
        clearTimer();
        if (sent.length > 0) {
          timer = setTimeout(() => die(`analysis took longer than the ${seconds(hardTimeoutMs)} limit (--file-timeout) and was stopped`), hardTimeoutMs);
        }
      };

      const feed = () => {
        while (sent.length < PREFETCH && hasMore()) {
          const index = take();
          const f = files[index]!;
          sent.push(index);
          worker.postMessage({ id: index, absPath: f.absPath, path: f.path, ...(f.content ? { content: f.content } : {}) } satisfies WorkerTask);
        }
        if (sent.length === 0) {
          retire();
          settleIfDone();
        }
      };

      const die = (why: string) => {
        if (retired) return;
        retire();
        if (!ready) startFailures++;
        const [current, ...waiting] = sent;
        returned.push(...waiting.reverse());
        if (current !== undefined) {
          const f = files[current]!;
          complete(current, failed(f.path, languageForPath(f.absPath)?.id ?? null, why));
        }
        replenish();
      };

      const onReady = () => {
        ready = true;
        startFailures = 0;
        feed();
        timeCurrent();
      };
      worker.on('message', (msg: WorkerReply) => {
        if ('ready' in msg) {
          onReady();
          return;
        }
        // Answers come in the order the files were sent (worker.ts); any other is taken as it comes.
        const at = sent.indexOf(msg.id);
        if (at < 0) return;
        sent.splice(at, 1);
        complete(msg.id, msg.result);
        feed();
        if (!retired) timeCurrent();
      });
      worker.on('error', (err) => die(`worker failed: ${firstLine(errorMessage(err))}`));
      worker.on('exit', (code) => die(`worker stopped unexpectedly (exit code ${code})`));
      early?.release();
      // A worker started early may have said it is ready before the pool listened.
      if (early?.ready) onReady();
    };

    for (let i = 0; i < threads; i++) spawn();
  });
  await Promise.all(exits);
  return results;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

function firstLine(s: string): string {
  return s.split('\n', 1)[0]!.trim();
}
