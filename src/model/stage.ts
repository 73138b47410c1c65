/**
 * The model stage: between assembly and formatting, every reviewed file goes
 * to the model (in pieces when it is larger than the context budget), each
 * answer is parsed, its citations verified, and the results are returned per
 * file together with the files the model did not review and why.
 *
 * A failure is never a clean review: an answer that fails validation twice, a
 * request that runs out of retries or a piece that does not fit leaves its
 * file "not reviewed by the model". Wrong credentials, an unknown model or an
 * unreachable server stop the stage (every later request would fail alike).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { enclosingFunctionLookup } from '../analyze/enclosing-function.js';
import type { Module } from '../ir/types.js';
import { languageForPath } from '../lang/registry.js';
import { GrammarParser } from '../parse/cst.js';
import type { Review } from '../review/types.js';
import { type AnswerCache, cacheKey } from './cache.js';
import { type Chunk, chunkFile, estimateTokens, spansText } from './chunk.js';
import { type ModelClient, ModelError } from './client.js';
import { type FileModelResult, candidatesOf, type VerifiedClaim } from './hybrid.js';
import { parseFreeTextAnswer } from './parse-free-text.js';
import { buildPrompt, type Candidate, conversation, type PromptInput, type PromptPlan } from './prompts/index.js';
import { numberedCode } from './prompts/code-block.js';
import { type ModelAnswer, parseModelAnswer } from './schema.js';
import type { CandidateVerdict, ChatMessage, DroppedClaim, Engine, ModelClaim, PromptId } from './types.js';
import type { UsageMeter } from './usage.js';
import { verifyClaim } from './verify.js';

export interface StageOptions {
  engine: Exclude<Engine, 'static'>;
  prompt: PromptId;
  /** The model's context window in tokens; the code of one request gets what the prompt and answer leave. */
  contextTokens: number;
  /** Null in a dry run. */
  client: ModelClient | null;
  cache: AnswerCache | null;
  meter: UsageMeter;
  /** Model name and base URL as the cache key knows them. */
  model: string;
  baseURL: string;
  /** How many files are in flight at once (the client limits requests separately). */
  maxConcurrency: number;
  /** The text of a file, by its path as shown in the review (default: read it from disk, relative to the working directory). */
  readSource?: (displayPath: string) => string;
  /** The project's name, for P2. */
  project?: string;
  /** Dry run: receives each prompt instead of sending it. */
  onDryRunPrompt?: (text: string) => void;
}

export interface StageResult {
  files: FileModelResult[];
  /** Set when the stage stopped early (credentials, model, server). */
  fatal: ModelError | null;
}

/** Tokens kept free for the answer. */
export function answerReserve(contextTokens: number): number {
  return Math.min(4096, Math.floor(contextTokens / 4));
}

const MIN_CODE_BUDGET = 200;

export async function runModelStage(review: Review, options: StageOptions): Promise<StageResult> {
  const state: { fatal: ModelError | null } = { fatal: null };
  const files = review.files.reviewed;
  const results: FileModelResult[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const path = files[i]!.path;
      if (state.fatal) {
        results[i] = emptyResult(path, state.fatal.message);
        continue;
      }
      results[i] = await reviewFile(path, review, options, state);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.maxConcurrency, files.length)) }, worker));
  return { files: results, fatal: state.fatal };
}

function emptyResult(path: string, notReviewed: string | null): FileModelResult {
  return { path, notReviewed, claims: [], verdicts: new Map(), candidates: new Map(), dropped: [] };
}

/** The file's lines as the static engine counts them (a final newline ends the last line; it does not start one). */
export function splitLines(source: string): string[] {
  const lines = source.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return source === '' ? [] : lines;
}

const parsers = new Map<string, Promise<GrammarParser>>();

/** The file's IR (for function boundaries and enclosing-function names), or null when it cannot be had. */
async function moduleOf(path: string, source: string): Promise<Module | null> {
  const lang = languageForPath(path);
  if (!lang) return null;
  try {
    let parser = parsers.get(lang.grammar);
    if (!parser) {
      parser = GrammarParser.create(lang.grammar);
      parsers.set(lang.grammar, parser);
    }
    return lang.lower(path, (await parser).parse(source));
  } catch {
    return null;
  }
}

async function reviewFile(path: string, review: Review, options: StageOptions, state: { fatal: ModelError | null }): Promise<FileModelResult> {
  const result = emptyResult(path, null);
  let source: string;
  try {
    source = (options.readSource ?? ((p) => readFileSync(resolve(p), 'utf8')))(path);
  } catch (err) {
    result.notReviewed = `could not read the file again (${(err as NodeJS.ErrnoException).code ?? 'error'})`;
    return result;
  }
  const lines = splitLines(source);
  const module = await moduleOf(path, source);
  const enclosing = module ? enclosingFunctionLookup(module) : () => null;
  const language = module?.language ?? languageForPath(path)?.id ?? 'code';

  const offered = options.engine === 'hybrid' ? candidatesOf(review.findings.filter((f) => f.path === path), lines) : [];
  for (const { candidate, finding } of offered) result.candidates.set(candidate.id, finding);
  const evidence = options.engine === 'hybrid' ? evidenceLines(review) : undefined;

  const baseInput: Omit<PromptInput, 'numberedCode'> = {
    path,
    language,
    ...(options.project ? { project: options.project } : {}),
    ...(options.engine === 'hybrid' ? { candidates: offered.map((o) => o.candidate), evidence } : {}),
  };
  // What the prompt costs without the code, measured on the real prompt text.
  const emptyPlan = buildPrompt(options.prompt, { ...baseInput, numberedCode: '', chunk: { index: 1, count: 2, shownLines: 'lines 1-2' } });
  const overhead = estimateTokens(emptyPlan.system + emptyPlan.turns.join('\n')) + 50;
  let budget = options.contextTokens - answerReserve(options.contextTokens) - overhead;
  if (budget < MIN_CODE_BUDGET) {
    result.notReviewed = `--context-tokens ${options.contextTokens} leaves no room for the code after the prompt (${overhead} tokens) and the answer`;
    return result;
  }

  // A context overflow means our estimate was short for this model: halve the pieces and try again, twice at most.
  for (let shrink = 0; ; shrink++) {
    const attempt = emptyResult(path, null);
    attempt.candidates = result.candidates;
    try {
      const chunks = chunkFile(lines, module, budget);
      for (const chunk of chunks) {
        if (state.fatal) throw state.fatal;
        await reviewChunk(chunk, chunks.length, lines, baseInput, offered, enclosing, options, attempt);
      }
      return attempt;
    } catch (err) {
      if (!(err instanceof ModelError)) {
        // A bug of ours on one file must not cost the rest of the review, nor read as a clean file.
        result.notReviewed = `internal error: ${err instanceof Error ? err.message : String(err)}`;
        return result;
      }
      if (err.fatal) state.fatal ??= err;
      if (err.kind === 'context-overflow' && shrink < 2 && budget / 2 >= MIN_CODE_BUDGET) {
        budget = Math.floor(budget / 2);
        continue;
      }
      // Nothing of a file half reviewed is kept: its verdicts would read as the whole file's.
      result.notReviewed = err.message;
      return result;
    }
  }
}

/** One line per pillar of what the static engine examined and found safe (hybrid mode context). */
function evidenceLines(review: Review): string[] {
  const out: string[] = [];
  for (const p of review.pillars) {
    const examined = p.checks.filter((c) => c.examined > 0);
    if (examined.length) out.push(`CWE-${p.id} ${p.short}: ${examined.map((c) => `${c.title}: ${c.summary}`).join('; ')}`.slice(0, 600));
  }
  return out;
}

async function reviewChunk(
  chunk: Chunk,
  count: number,
  lines: readonly string[],
  baseInput: Omit<PromptInput, 'numberedCode'>,
  offered: ReadonlyArray<{ candidate: Candidate }>,
  enclosing: (range: { line: number; col: number; endLine: number; endCol: number }) => string | null,
  options: StageOptions,
  into: FileModelResult,
): Promise<void> {
  const inChunk = (line: number) => chunk.reviewed.some(([a, b]) => line >= a && line <= b);
  const input: PromptInput = {
    ...baseInput,
    numberedCode: numberedCode(lines, chunk.shown),
    ...(count > 1 ? { chunk: { index: chunk.index, count, shownLines: spansText(chunk.shown) } } : {}),
    ...(baseInput.candidates ? { candidates: offered.map((o) => o.candidate).filter((c) => inChunk(c.line)) } : {}),
  };
  const plan = buildPrompt(options.prompt, input);

  if (options.onDryRunPrompt) {
    options.onDryRunPrompt(renderDryRun(plan, into.path, count > 1 ? `part ${chunk.index} of ${count}, ${spansText(chunk.shown)}` : null));
    return;
  }

  const answer = await runPlan(plan, options);
  const shown = chunk.shown;
  const keep = (claim: ModelClaim, quotes: readonly string[]) => {
    const tries = quotes.length ? quotes : [claim.quote];
    let failure = '';
    for (const quote of tries) {
      const v = verifyClaim({ ...claim, quote }, lines, shown);
      if (v.ok) {
        into.claims.push({ path: into.path, claim: { ...claim, quote }, range: v.range, snippet: v.snippet, enclosingFunction: enclosing(v.range) } satisfies VerifiedClaim);
        return;
      }
      failure ||= v.reason;
    }
    into.dropped.push({ path: into.path, line: claim.line, reason: failure } satisfies DroppedClaim);
  };

  if (plan.expects === 'json') {
    const parsed = answer.json!;
    for (const claim of parsed.findings) keep(claim, []);
    const ids = new Set(input.candidates?.map((c) => c.id));
    for (const v of parsed.candidates) if (ids.has(v.id)) into.verdicts.set(v.id, v satisfies CandidateVerdict);
  } else {
    const prose = parseFreeTextAnswer(answer.text);
    for (const { claim, quotes } of prose.claims) keep(claim, quotes);
    for (let i = 0; i < prose.unlocated; i++) into.dropped.push({ path: into.path, line: 0, reason: 'claimed a defect without citing a line' });
  }
}

interface PlanAnswer {
  text: string;
  json?: ModelAnswer;
}

/** Sends the plan's turns in order (answers from the cache when there), validating the last one. */
async function runPlan(plan: PromptPlan, options: StageOptions): Promise<PlanAnswer> {
  const answers: string[] = [];
  for (let turn = 0; turn < plan.turns.length; turn++) {
    const last = turn === plan.turns.length - 1;
    const wantJson = last && plan.expects === 'json';
    const messages = conversation(plan, turn, answers);
    const key = cacheKey({ model: options.model, baseURL: options.baseURL, promptId: plan.id, messages, wantJson });
    const cached = options.cache?.get(key);
    if (cached && (!wantJson || parseModelAnswer(cached.content).ok)) {
      options.meter.recordCacheHit();
      answers.push(cached.content);
      continue;
    }
    const content = wantJson ? await askForJson(messages, options) : await ask(messages, false, options);
    if (!wantJson && !content.trim()) throw new ModelError('invalid-answer', 'the model returned an empty answer');
    // A prose review must at least say whether there are defects; one that does not is neither cached nor taken as clean.
    if (last && plan.expects === 'free-text' && !hasReadableVerdict(content)) {
      throw new ModelError('invalid-answer', 'the model\'s answer states no verdict that could be read');
    }
    options.cache?.put(key, { content, promptTokens: 0, completionTokens: 0 }, { model: options.model, promptId: plan.id });
    answers.push(content);
  }
  const text = answers[answers.length - 1] ?? '';
  if (plan.expects !== 'json') return { text };
  const parsed = parseModelAnswer(text);
  if (!parsed.ok) throw new ModelError('invalid-answer', parsed.error);
  return { text, json: parsed.answer };
}

async function ask(messages: readonly ChatMessage[], wantJson: boolean, options: StageOptions): Promise<string> {
  const completion = await options.client!.complete(messages, wantJson);
  options.meter.recordRequest(completion.promptTokens, completion.completionTokens);
  return completion.content;
}

/** A JSON answer that fails validation is asked for once more, with the error; a second failure fails the piece. */
async function askForJson(messages: readonly ChatMessage[], options: StageOptions): Promise<string> {
  const first = await ask(messages, true, options);
  const firstParse = parseModelAnswer(first);
  if (firstParse.ok) return first;
  const retry: ChatMessage[] = [
    ...messages,
    { role: 'assistant', content: first.slice(0, 4000) },
    { role: 'user', content: `That answer was not usable: ${firstParse.error}. Answer again with only the JSON object described above.` },
  ];
  const second = await ask(retry, true, options);
  const secondParse = parseModelAnswer(second);
  if (secondParse.ok) return second;
  throw new ModelError('invalid-answer', `the model's answer was invalid twice (${secondParse.error})`);
}

function hasReadableVerdict(text: string): boolean {
  const prose = parseFreeTextAnswer(text);
  return prose.verdict !== 'unclear' || prose.claims.length > 0;
}

function renderDryRun(plan: PromptPlan, path: string, part: string | null): string {
  const out = [`=== ${path}${part ? ` (${part})` : ''}: prompt ${plan.id}, ${plan.expects === 'json' ? 'JSON answer' : 'free-text answer'}`];
  out.push('--- system', plan.system);
  plan.turns.forEach((turn, i) => {
    if (i > 0) out.push('--- assistant', '(the answer to the previous turn goes here)');
    out.push('--- user', turn);
  });
  return `${out.join('\n')}\n`;
}
