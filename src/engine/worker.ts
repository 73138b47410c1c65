/**
 * Worker thread: loads the grammars and checks, says it is ready, then
 * reviews one file (or source text) per message and posts back its
 * FileResult. Started by threads.ts with a large stack.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../analyze/error-message.js';
import { languageById } from '../lang/registry.js';
import { analysisOnLargeStack, analyzeFile, analyzeSource, warmUp } from './analyze-file.js';
import { failed } from './results.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './threads.js';
import type { AnalyzeOptions, FileResult } from './types.js';
import { DEFAULT_MAX_FILE_BYTES } from '../discover/walk.js';

const port = parentPort!;
const init = workerData as WorkerInit;
let options: AnalyzeOptions = init.options ?? { maxFileBytes: DEFAULT_MAX_FILE_BYTES };
analysisOnLargeStack();
await warmUp(init.languages);

async function review(task: Exclude<WorkerTask, { configure: AnalyzeOptions }>): Promise<FileResult> {
  if (!('source' in task)) return analyzeFile(task.absPath, options, task.path, task.content);
  const lang = languageById(task.language);
  if (!lang) return failed(task.path, task.language, `unknown language "${task.language}"`);
  return analyzeSource(task.path, task.source, lang, {
    ...(task.checkIds ? { checkIds: task.checkIds } : {}),
    ...(task.suppressions ? { suppressions: task.suppressions } : {}),
  });
}

async function answer(task: WorkerTask): Promise<void> {
  if ('configure' in task) {
    options = task.configure;
    return;
  }
  let result: FileResult;
  try {
    result = await review(task);
  } catch (err) {
    result = failed(task.path, null, errorMessage(err));
  }
  port.postMessage({ id: task.id, result: withoutEmptyEvidence(result) } satisfies WorkerReply);
}

/**
 * The result without the evidence lists that are empty (most of the seventy
 * per file): the message is copied between threads, and the review treats a
 * missing list as an empty one (src/review/assemble.ts).
 */
function withoutEmptyEvidence(result: FileResult): FileResult {
  const evidence: FileResult['evidence'] = {};
  for (const id in result.evidence) {
    const list = result.evidence[id]!;
    if (list.length > 0) evidence[id] = list;
  }
  return { ...result, evidence };
}

// The pool sends the next file before this one is done (pool.ts, PREFETCH).
// Files are reviewed one after the other, in the order sent: a review awaits
// (a grammar loading, a large stack), and the pool times the file at the head.
let queue = Promise.resolve();
port.on('message', (task: WorkerTask) => {
  queue = queue.then(() => answer(task));
});
port.postMessage({ ready: true } satisfies WorkerReply);
