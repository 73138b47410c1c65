/**
 * One file through the pipeline: read → classify (skip reasons) → parse →
 * lower to IR → run checks → apply in-source suppressions. Never throws: a failure
 * becomes a 'failed' FileResult so the rest of the review goes on.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import type { Check, CheckMeta } from '../analyze/check.js';
import { runChecks, errorMessage } from '../analyze/run.js';
import { enclosingFunctionLookup } from '../analyze/enclosing-function.js';
import type { Module, Range } from '../ir/types.js';
import { linesOf } from '../analyze/source-lines.js';
import { applySuppressions, DEFAULT_SUPPRESSION_POLICY, type SourceComment } from '../review/suppressions.js';
import { LANGUAGES, type LanguageFrontEnd, grammarFor, languageForPath } from '../lang/registry.js';
import { GrammarParser, MAX_CST_DEPTH } from '../parse/cst.js';
import { checksFor } from './checks.js';
import { startWorker, type WorkerReply, type WorkerTask } from './threads.js';
import { emptyResult, failed, skipped } from './results.js';
import { type AnalyzeOptions, DEFAULT_TIME_BUDGET_MS, type FileResult, type SkipReason } from './types.js';

const parsers = new Map<string, Promise<GrammarParser>>();

/** One parser per grammar (TypeScript's .tsx files need the TSX grammar). */
function parserFor(lang: LanguageFrontEnd, path: string): Promise<GrammarParser> {
  const grammar = grammarFor(lang, path);
  let p = parsers.get(grammar);
  if (!p) {
    p = GrammarParser.create(grammar);
    parsers.set(grammar, p);
  }
  return p;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A little of everything, for warmUp to run once. */
const WARM_UP_SOURCE: Record<string, string> = {
  python: 'import os\n\ndef f(x, *a, **k):\n    y = [i for i in a if i] or {"k": x}\n    return os.path.join(f"{x}", y)\n',
};

/**
 * Loads the grammars and checks of `languages` (default: all) up front and
 * runs them once on a small sample, so that the first real file is not charged with compiling the
 * code (workers do this before taking files, and the hard time limit then
 * measures the analysis alone).
 */
export async function warmUp(languages?: readonly string[]): Promise<void> {
  for (const lang of LANGUAGES) {
    if (languages && !languages.includes(lang.id)) continue;
    await Promise.all([parserFor(lang, 'warm-up'), checksFor(lang)]);
    const sample = WARM_UP_SOURCE[lang.id];
    if (sample) await analyzeHere('warm-up', sample, lang, {});
  }
}

let onLargeStack = false;

/** Declares that this thread has a large stack (see threads.ts): no retry elsewhere. */
export function analysisOnLargeStack(): void {
  onLargeStack = true;
}

/** Classifies raw bytes: the skip reason, or the decoded text. */
export function decodeSource(bytes: Uint8Array): { reason: SkipReason } | { text: string } {
  if (bytes.length === 0) return { reason: 'empty' };
  // A NUL byte in the first 8 KiB marks a binary file, as git does.
  if (bytes.subarray(0, 8192).includes(0)) return { reason: 'binary' };
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { reason: 'non-utf8' };
  }
}

/**
 * Reviews the file at `path`, or `content` when given: the file's text at
 * another revision (a change review reads it from git or a patch), with
 * `path` naming the file (its language) and `displayPath` how to show it.
 */
export async function analyzeFile(path: string, options: AnalyzeOptions, displayPath = path, content?: Uint8Array): Promise<FileResult> {
  const started = performance.now();
  const lang = languageForPath(path);
  if (!lang) return skipped(displayPath, null, 'unsupported-language');
  let bytes: Uint8Array;
  let fd: number | null = null;
  if (content) bytes = content;
  else try {
    // Checked on the open file, not the name: it may have changed since discovery.
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (!st.isFile()) return skipped(displayPath, lang.id, 'unreadable');
    if (st.size > options.maxFileBytes) return skipped(displayPath, lang.id, 'too-large');
    bytes = readFileSync(fd);
  } catch {
    return skipped(displayPath, lang.id, 'unreadable');
  } finally {
    if (fd !== null) closeSync(fd);
  }
  if (bytes.length > options.maxFileBytes) return skipped(displayPath, lang.id, 'too-large');
  const decoded = decodeSource(bytes);
  if ('reason' in decoded) return skipped(displayPath, lang.id, decoded.reason);
  const result = await analyzeSource(displayPath, decoded.text, lang, options);
  result.durationMs = performance.now() - started;
  return result;
}

/**
 * Reviews one source text. Never throws. A file nested so deeply that the
 * analysis runs out of stack on this thread is reviewed again on a worker
 * thread with a large stack, so the outcome does not depend on the thread.
 */
export async function analyzeSource(
  path: string,
  source: string,
  lang: LanguageFrontEnd,
  options: Pick<AnalyzeOptions, 'checkIds' | 'timeBudgetMs' | 'threats' | 'suppressions'>,
): Promise<FileResult> {
  const { result, outOfStack } = await analyzeHere(path, source, lang, options);
  if (!outOfStack) return result;
  if (!onLargeStack) {
    const retried = await analyzeOnLargeStack(path, source, lang, options);
    if (retried) return retried;
  }
  return failed(path, lang.id, OUT_OF_STACK);
}

const OUT_OF_STACK = 'the code is nested too deeply to analyse (out of stack space)';

function isOutOfStack(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

async function analyzeHere(
  path: string,
  source: string,
  lang: LanguageFrontEnd,
  options: Pick<AnalyzeOptions, 'checkIds' | 'timeBudgetMs' | 'threats' | 'suppressions'>,
): Promise<{ result: FileResult; outOfStack: boolean }> {
  const result = emptyResult(path, lang.id);
  const deadline = performance.now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  try {
    const parser = await parserFor(lang, path);
    const all = await checksFor(lang);
    const { checks, ran, known } = checkSelection(all, options.checkIds);
    const parsed = parseAndLower(parser, lang, path, source);
    const { module } = parsed;
    result.lineCount = module.lineCount;
    result.parseErrors = parsed.errors;
    const run = runChecks(module, source, checks, { deadline, ...(options.threats ? { threats: options.threats } : {}) });
    result.evidence = run.evidence;
    result.failures = run.failures;
    let functionLookup: ReturnType<typeof enclosingFunctionLookup> | undefined;
    const enclosingFunction = (range: Range) => {
      if (!functionLookup) functionLookup = enclosingFunctionLookup(module);
      return functionLookup(range);
    };
    const applied = applySuppressions({
      path,
      lines: linesOf(source),
      findings: run.findings,
      comments: parsed.comments,
      policy: options.suppressions ?? DEFAULT_SUPPRESSION_POLICY,
      ran,
      allRan: checks.length === all.length,
      failed: new Set([...run.failures.map((f) => f.checkId), ...(parsed.tooDeep.length ? ['analysis'] : [])]),
      known,
      enclosingFunction,
    });
    result.findings = applied.findings;
    result.suppressed = applied.suppressed;
    for (const [checkId, observations] of Object.entries(applied.examined)) result.evidence[checkId] = observations;
    if (parsed.tooDeep.length) {
      const first = parsed.tooDeep[0]!;
      const others = parsed.tooDeep.length - 1;
      const more = others ? ` and ${others} more ${others === 1 ? 'place' : 'places'}` : '';
      result.failures.push({
        checkId: 'analysis',
        message: `code nested more than ${MAX_CST_DEPTH} levels deep was not analysed (line ${first.line}${more})`,
      });
    }
    // A check that ran out of stack was stopped by the check runner; the retry lets it finish.
    const checkOutOfStack = run.failures.some((f) => f.message.startsWith('RangeError') && /call stack/i.test(f.message));
    return { result, outOfStack: checkOutOfStack };
  } catch (err) {
    if (isOutOfStack(err)) return { result, outOfStack: true };
    result.status = 'failed';
    result.error = errorMessage(err);
    return { result, outOfStack: false };
  }
}

interface CheckSelection {
  checks: readonly Check[];
  /** Metadata of the selected checks by id. */
  ran: ReadonlyMap<string, CheckMeta>;
  /** Every check id of the language. */
  known: ReadonlySet<string>;
}

/** The selection for each checks list and id list (the same two arrays come with every file of a run). */
const selections = new WeakMap<readonly Check[], WeakMap<readonly string[], CheckSelection>>();
const FULL_SELECTION: readonly string[] = [];

/** The checks `ids` selects of `all` (all of them when absent), with the lookups suppressions need. */
function checkSelection(all: readonly Check[], ids: readonly string[] | undefined): CheckSelection {
  let byIds = selections.get(all);
  if (!byIds) {
    byIds = new WeakMap();
    selections.set(all, byIds);
  }
  const key = ids ?? FULL_SELECTION;
  let selection = byIds.get(key);
  if (!selection) {
    const checks = ids ? all.filter((c) => ids.includes(c.meta.id)) : all;
    selection = { checks, ran: new Map(checks.map((c) => [c.meta.id, c.meta])), known: new Set(all.map((c) => c.meta.id)) };
    byIds.set(key, selection);
  }
  return selection;
}

/**
 * Parses and lowers a file, and takes from the syntax tree what later stages
 * need (parse errors, comments). The tree itself is left behind here: a tree
 * still reachable while the checks run survives every young-generation
 * collection of that time, and copying it there cost more than building it.
 */
function parseAndLower(
  parser: GrammarParser,
  lang: LanguageFrontEnd,
  path: string,
  source: string,
): { module: Module; errors: Range[]; tooDeep: Range[]; comments: SourceComment[] } {
  const parsed = parser.parse(source);
  const module = lang.lower(path, parsed);
  return { module, errors: parsed.errors, tooDeep: parsed.tooDeep, comments: lang.comments ? lang.comments(parsed) : [] };
}

/** An idle large-stack worker kept for the next deeply nested file; it does not keep the process alive. */
let spareWorker: Worker | null = null;

/** Reviews the source on a worker with a large stack; null if the worker fails. */
async function analyzeOnLargeStack(
  path: string,
  source: string,
  lang: LanguageFrontEnd,
  options: Pick<AnalyzeOptions, 'checkIds' | 'timeBudgetMs' | 'threats' | 'suppressions'>,
): Promise<FileResult | null> {
  let w = spareWorker;
  spareWorker = null;
  if (!w) {
    try {
      w = startWorker({ options: { maxFileBytes: Number.MAX_SAFE_INTEGER } });
    } catch {
      return null;
    }
    const self = w;
    // Late errors of an idle worker are of no interest; a worker that died is not reused.
    self.on('error', () => undefined).on('exit', () => {
      if (spareWorker === self) spareWorker = null;
    });
  }
  w.ref();
  let settle: (r: FileResult | null) => void = () => undefined;
  const onMessage = (msg: WorkerReply) => {
    if ('result' in msg) settle(msg.result);
  };
  const onGone = () => settle(null);
  const result = await new Promise<FileResult | null>((resolve) => {
    settle = resolve;
    w.on('message', onMessage).on('error', onGone).on('exit', onGone);
    w.postMessage({
      id: 0,
      path,
      source,
      language: lang.id,
      checkIds: options.checkIds ? [...options.checkIds] : null,
      ...(options.suppressions ? { suppressions: options.suppressions } : {}),
    } satisfies WorkerTask);
  });
  w.off('message', onMessage).off('error', onGone).off('exit', onGone);
  if (result && !spareWorker) {
    w.unref();
    spareWorker = w;
  } else {
    await w.terminate().catch(() => undefined);
  }
  return result;
}
