/**
 * Worker thread: loads the grammars and checks, says it is ready, then
 * reviews one file (or source text) per message and posts back its
 * FileResult. Started by threads.ts with a large stack.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../analyze/run.js';
import { languageById } from '../lang/registry.js';
import { analysisOnLargeStack, analyzeFile, analyzeSource, failed, warmUp } from './analyze-file.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './threads.js';
import type { FileResult } from './types.js';

const port = parentPort!;
const { options, languages } = workerData as WorkerInit;
analysisOnLargeStack();
await warmUp(languages);

async function review(task: WorkerTask): Promise<FileResult> {
  if (!('source' in task)) return analyzeFile(task.absPath, options, task.path, task.content);
  const lang = languageById(task.language);
  if (!lang) return failed(task.path, task.language, `unknown language "${task.language}"`);
  return analyzeSource(task.path, task.source, lang, {
    ...(task.checkIds ? { checkIds: task.checkIds } : {}),
    ...(task.suppressions ? { suppressions: task.suppressions } : {}),
  });
}

port.on('message', async (task: WorkerTask) => {
  let result: FileResult;
  try {
    result = await review(task);
  } catch (err) {
    result = failed(task.path, null, errorMessage(err));
  }
  port.postMessage({ id: task.id, result } satisfies WorkerReply);
});
port.postMessage({ ready: true } satisfies WorkerReply);
