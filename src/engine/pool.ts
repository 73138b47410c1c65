/**
 * Reviews files in parallel on worker threads, one file per task, handed out
 * as workers free up. Small inputs are reviewed on the main thread, where
 * starting workers would cost more than it saves.
 *
 * A file whose worker dies or overruns the hard time limit is reported as
 * failed, the worker is replaced, and the other files go on.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DiscoveredFile } from '../discover/walk.js';
import { analyzeFile } from './analyze-file.js';
import type { AnalyzeOptions, FileResult } from './types.js';

export interface PoolOptions extends AnalyzeOptions {
  /** Worker threads; 0 means one per core. */
  jobs: number;
  /** A file that takes longer than this is abandoned and reported as failed. */
  hardTimeoutMs: number;
  onProgress?: (done: number, total: number, path: string) => void;
}

const INLINE_BELOW = 8;

export async function reviewFiles(files: readonly DiscoveredFile[], options: PoolOptions): Promise<FileResult[]> {
  const { jobs, hardTimeoutMs, onProgress, ...analyzeOptions } = options;
  const threads = Math.min(jobs > 0 ? jobs : availableParallelism(), files.length);
  if (files.length < INLINE_BELOW || threads <= 1) {
    const results: FileResult[] = [];
    for (const [i, f] of files.entries()) {
      results.push(await analyzeFile(f.absPath, analyzeOptions, f.path));
      onProgress?.(i + 1, files.length, f.path);
    }
    return results;
  }

  const results = new Array<FileResult>(files.length);
  const workerUrl = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
  let next = 0;
  let done = 0;

  await new Promise<void>((resolveAll) => {
    const start = () => {
      const worker = new Worker(workerUrl, { workerData: analyzeOptions });
      let current = -1;
      let timer: NodeJS.Timeout | null = null;
      const finish = (index: number, result: FileResult) => {
        if (timer) clearTimeout(timer);
        timer = null;
        results[index] = result;
        done++;
        onProgress?.(done, files.length, files[index]!.path);
      };
      const feed = () => {
        if (next >= files.length) {
          current = -1;
          void worker.terminate();
          if (done === files.length) resolveAll();
          return;
        }
        current = next++;
        const f = files[current]!;
        timer = setTimeout(() => {
          abandon(`analysis exceeded the hard time limit of ${hardTimeoutMs} ms`);
        }, hardTimeoutMs);
        worker.postMessage({ id: current, absPath: f.absPath, path: f.path });
      };
      const abandon = (why: string) => {
        worker.removeAllListeners();
        void worker.terminate();
        if (current >= 0) finish(current, failedResult(files[current]!, why));
        if (done === files.length) resolveAll();
        else if (next < files.length) start();
      };
      worker.on('message', (msg: { id: number; result: FileResult }) => {
        finish(msg.id, msg.result);
        feed();
      });
      worker.on('error', (err) => abandon(`worker failed: ${err.message}`));
      worker.on('exit', (code) => {
        if (current >= 0) abandon(`worker exited with code ${code}`);
      });
      feed();
    };
    for (let i = 0; i < threads; i++) start();
  });
  return results;
}

function failedResult(f: DiscoveredFile, error: string): FileResult {
  return {
    path: f.path,
    language: null,
    status: 'failed',
    error,
    lineCount: 0,
    findings: [],
    evidence: {},
    parseErrors: [],
    failures: [],
    suppressions: [],
    durationMs: 0,
  };
}
