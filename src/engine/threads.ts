/**
 * The worker threads that review files, and the messages they exchange with
 * the thread that started them.
 *
 * Workers get a large stack: the lowering and the IR walks are recursive, and
 * a deeply nested file that would overflow the main thread's stack (about
 * 1 MB) is reviewed in full on a worker's. The stack is reserved, not used,
 * so it costs memory only when a file needs it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isCheckModuleFile } from './check-files.js';
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
 * the bundle of worker.js (scripts/bundle-worker.ts) when it is fresh, else
 * worker.js itself.
 */
export function defaultWorkerUrl(): URL {
  if (import.meta.url.endsWith('.ts')) return new URL('./worker.ts', import.meta.url);
  bundleFresh ??= isBundleFresh(new URL('./worker.bundle.json', import.meta.url));
  return new URL(bundleFresh ? './worker.bundle.js' : './worker.js', import.meta.url);
}

let bundleFresh: boolean | undefined;

/**
 * Whether the worker bundle was built from the compiled files as they are
 * now: each input has the modification time the manifest recorded, and the
 * checks folders hold the same modules. About a hundred `stat` calls, once
 * per process; anything missing or different means the plain worker.
 */
export function isBundleFresh(manifestUrl: URL): boolean {
  try {
    const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as {
      inputs: Record<string, number>;
      checkFolders: Record<string, string[]>;
    };
    const base = dirname(fileURLToPath(manifestUrl));
    for (const [input, mtimeMs] of Object.entries(manifest.inputs)) {
      if (statSync(join(base, input)).mtimeMs !== mtimeMs) return false;
    }
    for (const [folder, files] of Object.entries(manifest.checkFolders)) {
      const now = readdirSync(join(base, '..', 'lang', folder))
        .filter((f) => f.endsWith('.js') && isCheckModuleFile(f))
        .sort();
      if (now.length !== files.length || now.some((f, i) => f !== files[i])) return false;
    }
    return existsSync(new URL('./worker.bundle.js', manifestUrl));
  } catch {
    return false;
  }
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
