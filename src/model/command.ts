/**
 * `pillar review --engine llm|hybrid`: the command-line options of the model
 * stage, checked before anything runs, and the stage wired between assembly
 * and formatting. Nothing is sent anywhere unless --engine llm or hybrid is
 * given; --dry-run prints the prompts and sends nothing.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { UsageError } from '../cli/errors.js';
import type { DiscoveredFile } from '../discover/walk.js';
import type { Review } from '../review/types.js';
import { AnswerCache, defaultCacheDir } from './cache.js';
import { apiKeyFromEnv, displayUrl, ModelClient } from './client.js';
import { type MergeOptions, mergeModelResults } from './hybrid.js';
import { runModelStage } from './stage.js';
import { ENGINES, type Engine, PROMPT_IDS, type PromptId } from './types.js';
import { type Price, parsePricePer1k, priceFor, UsageMeter, usageSentence } from './usage.js';

/** The options as commander hands them over (all strings, unset when not given). */
export interface ModelCliOptions {
  engine?: string;
  model?: string;
  baseUrl?: string;
  prompt?: string;
  maxConcurrency?: string;
  requestTimeout?: string;
  contextTokens?: string;
  cacheDir?: string;
  /** false with --no-cache. */
  cache?: boolean;
  dryRun?: boolean;
  allowPartial?: boolean;
  pricePer1k?: string;
}

export interface ModelSettings {
  engine: Exclude<Engine, 'static'>;
  model: string;
  baseURL: string;
  prompt: PromptId;
  maxConcurrency: number;
  requestTimeoutMs: number;
  contextTokens: number;
  cacheDir: string | null;
  dryRun: boolean;
  allowPartial: boolean;
  price: Price | null;
}

export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_CONTEXT_TOKENS = 8192;
export const DEFAULT_REQUEST_TIMEOUT_S = 120;
export const DEFAULT_MAX_CONCURRENCY = 4;

/** Validates the model options; null for --engine static (the default). */
export function parseModelOptions(opts: ModelCliOptions, env: NodeJS.ProcessEnv = process.env): ModelSettings | null {
  const engine = (opts.engine ?? 'static') as Engine;
  if (!ENGINES.includes(engine)) throw new UsageError(`--engine takes ${ENGINES.join(', ')}, not "${opts.engine}"`);
  if (engine === 'static') {
    const stray = (
      [
        ['--model', opts.model],
        ['--base-url', opts.baseUrl],
        ['--prompt', opts.prompt],
        ['--dry-run', opts.dryRun || undefined],
        ['--allow-partial', opts.allowPartial || undefined],
        ['--context-tokens', opts.contextTokens],
        ['--max-concurrency', opts.maxConcurrency],
        ['--request-timeout', opts.requestTimeout],
        ['--cache-dir', opts.cacheDir],
        ['--price-per-1k', opts.pricePer1k],
      ] as const
    ).filter(([, v]) => v !== undefined);
    if (stray.length) throw new UsageError(`${stray.map(([n]) => n).join(', ')} only apply with --engine llm or --engine hybrid`);
    return null;
  }
  if (!opts.model?.trim()) {
    throw new UsageError(`--engine ${engine} needs --model, e.g. --model gpt-4o-mini, or --model llama3.1 --base-url http://localhost:11434/v1 for Ollama`);
  }
  const baseURL = opts.baseUrl ?? env.PILLAR_BASE_URL ?? DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    throw new UsageError(`--base-url takes an http(s) URL such as http://localhost:11434/v1, not "${baseURL}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--base-url takes an http(s) URL, not "${displayUrl(baseURL)}"`);
  const prompt = (opts.prompt ?? 'grounded').toLowerCase() as PromptId;
  if (!PROMPT_IDS.includes(prompt)) throw new UsageError(`--prompt takes ${PROMPT_IDS.join(', ')}, not "${opts.prompt}"`);
  const price = opts.pricePer1k === undefined ? null : parsePricePer1k(opts.pricePer1k);
  if (opts.pricePer1k !== undefined && price === null) {
    throw new UsageError(`--price-per-1k takes dollars per 1,000 tokens, e.g. 0.002 or 0.0025,0.01 (input,output), not "${opts.pricePer1k}"`);
  }
  return {
    engine,
    model: opts.model.trim(),
    baseURL,
    prompt,
    maxConcurrency: wholeNumber(opts.maxConcurrency, '--max-concurrency', DEFAULT_MAX_CONCURRENCY, 1, 64),
    requestTimeoutMs: seconds(opts.requestTimeout, '--request-timeout', DEFAULT_REQUEST_TIMEOUT_S),
    contextTokens: wholeNumber(opts.contextTokens, '--context-tokens', DEFAULT_CONTEXT_TOKENS, 1024, 10_000_000),
    cacheDir: opts.cache === false ? null : (opts.cacheDir ?? defaultCacheDir(env)),
    dryRun: opts.dryRun === true,
    allowPartial: opts.allowPartial === true,
    price,
  };
}

function wholeNumber(value: string | undefined, option: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`${option} takes a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

function seconds(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback * 1000;
  const s = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
  const ms = Math.ceil(s * 1000);
  if (!(ms >= 1 && ms <= 2 ** 31 - 1)) throw new UsageError(`${option} takes a number of seconds such as 120 or 0.5, not "${value}"`);
  return ms;
}

export interface ModelOutcome {
  /** The review with the model's results; undefined in a dry run. */
  review?: Review;
  /** The prompts, in a dry run. */
  dryRun?: string;
  /** 2 when a file went unreviewed (without --allow-partial) or the stage stopped; null otherwise. */
  exitCode: number | null;
}

export interface ModelRunContext {
  /** Where paths shown in the review are relative to. */
  cwd: string;
  /** The files discovered for review; a change review carries their content (the file at a revision, or patched). */
  files?: readonly DiscoveredFile[];
  env?: NodeJS.ProcessEnv;
  /** Messages for the user (stderr). */
  warn: (line: string) => void;
  /** For tests: a client with other timing. */
  clientOptions?: Partial<ConstructorParameters<typeof ModelClient>[0]>;
  /** The review's filters, applied to the model's findings too. */
  policy?: MergeOptions['policy'];
}

/** Reads a file as the static engine did: the discovered content when there is one, else the file on disk. */
function sourceReader(ctx: ModelRunContext): (displayPath: string) => string {
  const byPath = new Map((ctx.files ?? []).map((f) => [f.path, f]));
  return (displayPath) => {
    const f = byPath.get(displayPath);
    if (f?.content) return new TextDecoder('utf-8').decode(f.content).replace(/^\uFEFF/, '');
    return readFileSync(f?.absPath ?? resolve(ctx.cwd, displayPath), 'utf8').replace(/^\uFEFF/, '');
  };
}

export async function runModelEngine(review: Review, settings: ModelSettings, ctx: ModelRunContext): Promise<ModelOutcome> {
  const meter = new UsageMeter();
  const prompts: string[] = [];
  const client = settings.dryRun
    ? null
    : new ModelClient({
        baseURL: settings.baseURL,
        apiKey: apiKeyFromEnv(ctx.env ?? process.env),
        model: settings.model,
        timeoutMs: settings.requestTimeoutMs,
        maxConcurrency: settings.maxConcurrency,
        ...ctx.clientOptions,
      });
  const stage = await runModelStage(review, {
    engine: settings.engine,
    prompt: settings.prompt,
    contextTokens: settings.contextTokens,
    client,
    cache: settings.cacheDir && !settings.dryRun ? new AnswerCache(settings.cacheDir) : null,
    meter,
    model: settings.model,
    baseURL: settings.baseURL,
    maxConcurrency: settings.maxConcurrency,
    readSource: sourceReader(ctx),
    project: basename(ctx.cwd),
    ...(settings.dryRun ? { onDryRunPrompt: (text: string) => prompts.push(text) } : {}),
  });
  if (settings.dryRun) {
    const header = `Dry run: ${prompts.length} ${prompts.length === 1 ? 'prompt' : 'prompts'} for ${settings.model} at ${displayUrl(settings.baseURL)}; nothing was sent.\n\n`;
    return { dryRun: header + prompts.join('\n'), exitCode: 0 };
  }
  const usage = meter.total(priceFor(settings.model, settings.baseURL, settings.price));
  const merged = mergeModelResults(review, stage.files, {
    engine: settings.engine,
    info: { model: settings.model, server: displayUrl(settings.baseURL), prompt: settings.prompt, usage },
    ...(ctx.policy ? { policy: ctx.policy } : {}),
  });
  const notReviewed = merged.model!.filesNotReviewed;
  if (stage.fatal) ctx.warn(`pillar: the model stage stopped: ${stage.fatal.message}`);
  else if (notReviewed.length) {
    ctx.warn(
      `pillar: ${notReviewed.length} ${notReviewed.length === 1 ? 'file was' : 'files were'} not reviewed by the model${settings.allowPartial ? ' (--allow-partial)' : '; exit code 2 (--allow-partial accepts this)'}`,
    );
  }
  ctx.warn(`pillar: model usage: ${usageSentence(usage)}`);
  const failed = stage.fatal !== null || (notReviewed.length > 0 && !settings.allowPartial);
  return { review: merged, exitCode: failed ? 2 : null };
}
