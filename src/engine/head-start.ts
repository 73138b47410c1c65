/**
 * Worker threads started as soon as the files to review are known, before
 * the review's options are: a worker takes about a quarter of a second to
 * load the analysis and warm up its languages, which then overlaps what the
 * main thread does next (loading the checks and the configuration). The pool
 * (pool.ts) takes them over and sends each its options first.
 *
 * Waiting workers do not keep the process alive, and a worker that dies
 * while waiting is simply not handed out.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker, type WorkerReply } from './threads.js';

interface Waiting {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  /** Removes this class's listeners, and only those: `removeAllListeners()` would also remove the ones Node uses to start the worker's message port. */
  release(): void;
}

export class WorkerHeadStart {
  private readonly waiting: Waiting[] = [];

  /** Starts `count` workers warming up `languages` (ids; all when absent). */
  constructor(count: number, languages?: readonly string[], workerUrl?: URL) {
    for (let i = 0; i < count; i++) {
      let worker: Worker;
      try {
        worker = startWorker(languages ? { languages } : {}, workerUrl);
      } catch {
        continue; // the pool starts its own
      }
      const onMessage = (msg: WorkerReply) => {
        if ('ready' in msg) entry.ready = true;
      };
      const onEnd = () => {
        entry.dead = true;
      };
      const entry: Waiting = {
        worker,
        ready: false,
        dead: false,
        release: () => {
          worker.off('message', onMessage);
          worker.off('error', onEnd);
          worker.off('exit', onEnd);
        },
      };
      worker.on('message', onMessage);
      worker.on('error', onEnd);
      worker.on('exit', onEnd);
      worker.unref();
      this.waiting.push(entry);
    }
  }

  /**
   * A started worker, with whether it has said it is ready (if not, its
   * `ready` message is still to come); null when none is left. The caller
   * owns it from now on, and stops it; it calls `release` once it listens to
   * the worker's messages, which removes this class's listeners (removing
   * them first would leave the worker's message port without a listener, and
   * Node then stops delivering its messages).
   */
  take(): { worker: Worker; ready: boolean; release: () => void } | null {
    for (let entry = this.waiting.shift(); entry; entry = this.waiting.shift()) {
      if (entry.dead) {
        void entry.worker.terminate().catch(() => undefined);
        continue;
      }
      const { worker, ready, release } = entry;
      worker.ref();
      return { worker, ready, release };
    }
    return null;
  }

  /** Stops the workers nobody took. */
  async close(): Promise<void> {
    const left = this.waiting.splice(0);
    await Promise.all(
      left.map((e) => {
        e.release();
        e.worker.on('error', () => undefined);
        return e.worker.terminate().catch(() => undefined);
      }),
    );
  }
}
