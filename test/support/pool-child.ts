/**
 * Child process for pool tests: reviews a folder through the pool and prints
 * the statuses as JSON, then simply returns. The test checks that the
 * process exits by itself, i.e. that the pool leaves no worker running.
 * Arguments: <folder> <hard timeout ms> [crash | idle]. With `idle`, it
 * starts workers early (head-start.ts) and never reviews: they must not keep
 * the process alive either.
 */
import { DEFAULT_EXCLUDES, discover } from '../../src/discover/walk.js';
import { reviewFiles, startWorkersEarly } from '../../src/engine/pool.js';

const [dir, timeout, mode] = process.argv.slice(2);
const files = discover([dir!], { exclude: DEFAULT_EXCLUDES, maxFileBytes: 4 * 1024 * 1024, cwd: dir! }).files;
if (mode === 'idle') {
  if (!startWorkersEarly(files, 2)) throw new Error('expected workers to be started');
  process.stdout.write('[]\n');
} else {
  const workerUrl = mode === 'crash' ? new URL(import.meta.url.endsWith('.ts') ? './crashing-worker.ts' : './crashing-worker.js', import.meta.url) : undefined;
  const results = await reviewFiles(files, { maxFileBytes: 4 * 1024 * 1024, jobs: 2, hardTimeoutMs: Number(timeout), workerUrl });
  process.stdout.write(`${JSON.stringify(results.map((r) => ({ path: r.path, status: r.status, error: r.error })))}\n`);
}
