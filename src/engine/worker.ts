/** Worker thread: reviews one file per message and posts back its FileResult. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile } from './analyze-file.js';
import type { AnalyzeOptions } from './types.js';

const options = workerData as AnalyzeOptions;

parentPort!.on('message', async (task: { id: number; absPath: string; path: string }) => {
  const result = await analyzeFile(task.absPath, options, task.path);
  parentPort!.postMessage({ id: task.id, result });
});
