/**
 * A worker for pool tests: the real worker, except on files whose name asks
 * for trouble: `crash-exit` ends the thread with code 3, `crash-throw` throws
 * an uncaught error, `hang` never answers (a busy loop). Loaded through the
 * pool's internal `workerUrl` option.
 */
import { parentPort } from 'node:worker_threads';

parentPort!.on('message', (task: { path: string }) => {
  if (typeof task.path !== 'string') return; // a configure message
  if (task.path.includes('crash-exit')) process.exit(3);
  if (task.path.includes('crash-throw')) throw new Error('simulated crash in the worker\nwith a second line');
  if (task.path.includes('hang')) for (;;);
});
await import('../../src/engine/worker.js');
