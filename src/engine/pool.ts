/**
 * Reviews files in parallel on worker threads, one file per task, handed out
 * as workers free up, largest first (so that no long file is left to finish
 * alone at the end); results come back in input order. Small inputs are
 * reviewed on the main thread, where starting workers would cost more than
 * it saves (and where the hard time limit cannot apply).
 *
 * A file whose worker dies (crash, out of memory) or overruns the hard time
 * limit is reported as failed with a one-line reason, the worker is
 * replaced, and the other files go on. If workers cannot even start, the
 * remaining files are reviewed on the main thread. Every worker is
 * terminated before the returned promise settles.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { errorMessage } from '../analyze/run.js';
import type { DiscoveredFile } from '../discover/walk.js';
import { languageForPath } from '../lang/registry.js';
import { analyzeFile, failed } from './analyze-file.js';
import { startWorker, type WorkerReply, type WorkerTask } from './threads.js';
import type { AnalyzeOptions, FileResult } from './types.js';

export interface PoolOptions extends AnalyzeOptions {
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

/** Workers that fail before taking a file, in a row, before the pool stops starting them. */
const MAX_START_FAILURES = 3;

/** How long a worker may take to load grammars and checks. */
const START_TIMEOUT_MS = 60_000;

export async function reviewFiles(files: readonly DiscoveredFile[], options: PoolOptions): Promise<FileResult[]> {
  const { jobs, hardTimeoutMs, onProgress, workerUrl, ...analyzeOptions } = options;
  const results = new Array<FileResult>(files.length);
  let done = 0;
  const complete = (index: number, result: FileResult) => {
    results[index] = result;
    done++;
    onProgress?.(done, files.length, files[index]!.path);
  };
  const reviewInline = async (indexes: Iterable<number>) => {
    for (const i of indexes) complete(i, await analyzeFile(files[i]!.absPath, analyzeOptions, files[i]!.path, files[i]!.content));
  };

  if (files.length < INLINE_BELOW) {
    await reviewInline(files.keys());
    return results;
  }

  const threads = Math.max(1, Math.min(jobs > 0 ? jobs : availableParallelism(), files.length));
  // Workers warm up only the languages they will see (a Python tree does not load the TypeScript grammar).
  const languages = [...new Set(files.map((f) => languageForPath(f.absPath)?.id).filter((id) => id !== undefined))];
  const order = [...files.keys()].sort((a, b) => (files[b]!.size ?? 0) - (files[a]!.size ?? 0) || a - b);
  const live = new Set<() => void>();
  const exits: Array<Promise<unknown>> = [];
  let next = 0;
  let startFailures = 0;

  await new Promise<void>((resolveAll) => {
    const settleIfDone = () => {
      if (done < files.length) return false;
      for (const retire of [...live]) retire();
      resolveAll();
      return true;
    };

    const replenish = () => {
      if (settleIfDone() || next >= files.length) return;
      if (startFailures < MAX_START_FAILURES) {
        spawn();
        return;
      }
      if (live.size > 0) return; // the workers still running take the rest
      const rest: number[] = [];
      while (next < files.length) rest.push(order[next++]!);
      void reviewInline(rest).then(settleIfDone);
    };

    const spawn = () => {
      let worker: Worker;
      try {
        worker = startWorker({ options: analyzeOptions, languages }, workerUrl);
      } catch {
        startFailures++;
        replenish();
        return;
      }
      let ready = false;
      let current = -1;
      let retired = false;
      // A worker that cannot even get ready counts as a start failure.
      let timer: NodeJS.Timeout | null = setTimeout(() => die('worker did not start'), Math.max(hardTimeoutMs, START_TIMEOUT_MS));
      const retire = () => {
        retired = true;
        live.delete(retire);
        if (timer) clearTimeout(timer);
        timer = null;
        worker.removeAllListeners();
        worker.on('error', () => undefined); // late errors of a stopped worker are of no interest
        exits.push(worker.terminate().catch(() => undefined));
      };
      live.add(retire);

      const feed = () => {
        if (next >= files.length) {
          retire();
          settleIfDone();
          return;
        }
        current = order[next++]!;
        const f = files[current]!;
        timer = setTimeout(() => die(`analysis took longer than the ${seconds(hardTimeoutMs)} limit (--file-timeout) and was stopped`), hardTimeoutMs);
        worker.postMessage({ id: current, absPath: f.absPath, path: f.path, ...(f.content ? { content: f.content } : {}) } satisfies WorkerTask);
      };

      const die = (why: string) => {
        if (retired) return;
        const index = current;
        retire();
        if (!ready) startFailures++;
        if (index >= 0) {
          const f = files[index]!;
          complete(index, failed(f.path, languageForPath(f.absPath)?.id ?? null, why));
        }
        replenish();
      };

      worker.on('message', (msg: WorkerReply) => {
        if ('ready' in msg) {
          ready = true;
          startFailures = 0;
          if (timer) clearTimeout(timer);
          timer = null;
          feed();
          return;
        }
        if (msg.id !== current) return;
        if (timer) clearTimeout(timer);
        timer = null;
        current = -1;
        complete(msg.id, msg.result);
        feed();
      });
      worker.on('error', (err) => die(`worker failed: ${firstLine(errorMessage(err))}`));
      worker.on('exit', (code) => die(`worker stopped unexpectedly (exit code ${code})`));
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
