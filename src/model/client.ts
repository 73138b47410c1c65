/**
 * The chat completions client: the `openai` npm package pointed at any
 * OpenAI-compatible server (OpenAI, Ollama, vLLM, llama.cpp server, LM
 * Studio), with our own concurrency limit, timeout and retries.
 *
 * The package's own retries are off (maxRetries: 0) so that the policy is
 * ours and testable: 429 and 5xx are retried with exponential backoff and
 * full jitter, waiting what Retry-After asks (seconds or an HTTP date) when
 * the server says. Failures become a ModelError with a message a user can act
 * on; the API key never appears in one.
 */
import OpenAI from 'openai';
import { ANSWER_JSON_SCHEMA } from './schema.js';
import type { ChatMessage } from './types.js';

export type ModelErrorKind =
  | 'unreachable'
  | 'auth'
  | 'unknown-model'
  | 'context-overflow'
  | 'timeout'
  | 'rate-limited'
  | 'server'
  | 'connection'
  | 'bad-request'
  | 'response-format-unsupported'
  /** The server answered, but not with a usable review (invalid JSON, no verdict). */
  | 'invalid-answer';

/** Kinds after which no other request can succeed either: the stage stops. */
const FATAL: ReadonlySet<ModelErrorKind> = new Set(['unreachable', 'auth', 'unknown-model']);
const RETRYABLE: ReadonlySet<ModelErrorKind> = new Set(['rate-limited', 'server', 'connection']);

export class ModelError extends Error {
  override name = 'ModelError';
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    readonly status?: number,
    /** What the server asked us to wait before retrying, in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
  get fatal(): boolean {
    return FATAL.has(this.kind);
  }
  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

/** Sent when no key is set: local servers ignore the header, and the client requires one. */
export const PLACEHOLDER_API_KEY = 'pillar-no-key';

/** PILLAR_API_KEY, else OPENAI_API_KEY, else null (local servers need none). */
export function apiKeyFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.PILLAR_API_KEY || env.OPENAI_API_KEY || null;
}

/** The base URL without user name or password, for messages and reports. */
export function displayUrl(baseURL: string): string {
  try {
    const u = new URL(baseURL);
    u.username = '';
    u.password = '';
    u.search = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URL)';
  }
}

export interface RetryPolicy {
  /** Requests in all, the first included. */
  maxAttempts: number;
  /** First backoff; doubled per attempt, with full jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the request fails. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };

export interface ModelClientOptions {
  baseURL: string;
  apiKey: string | null;
  model: string;
  timeoutMs: number;
  maxConcurrency: number;
  retry?: Partial<RetryPolicy>;
  /** For tests: the clock and the dice. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Called before each retry (the CLI prints nothing by default). */
  onRetry?: (info: { attempt: number; delayMs: number; error: ModelError }) => void;
}

export interface Completion {
  content: string;
  promptTokens: number;
  completionTokens: number;
  /** Whether the json_schema response format was used for this answer. */
  structured: boolean;
}

export class ModelClient {
  private readonly openai: OpenAI;
  private readonly retry: RetryPolicy;
  private readonly limit: Semaphore;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  /** Unknown until a server rejects response_format; then plain JSON instructions only. */
  private jsonSchemaSupported = true;
  readonly server: string;

  constructor(private readonly options: ModelClientOptions) {
    this.openai = new OpenAI({
      apiKey: options.apiKey ?? PLACEHOLDER_API_KEY,
      baseURL: options.baseURL,
      maxRetries: 0,
      timeout: options.timeoutMs,
    });
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.limit = new Semaphore(options.maxConcurrency);
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.random = options.random ?? Math.random;
    this.server = displayUrl(options.baseURL);
  }

  get model(): string {
    return this.options.model;
  }

  /** One chat completion, retried per the policy. Throws ModelError. */
  async complete(messages: readonly ChatMessage[], wantJson: boolean): Promise<Completion> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.limit.run(() => this.sendOnce(messages, wantJson));
      } catch (err) {
        const error = err instanceof ModelError ? err : this.classify(err, false);
        if (!error.retryable || attempt >= this.retry.maxAttempts) throw error;
        const delayMs = this.delayBeforeRetry(error, attempt);
        if (delayMs > this.retry.maxRetryAfterMs) {
          throw new ModelError(error.kind, `${error.message}; the server asked to wait ${Math.round(delayMs / 1000)} s, longer than pillar waits`, error.status);
        }
        this.options.onRetry?.({ attempt, delayMs, error });
        await this.sleep(delayMs);
      }
    }
  }

  /** Retry-After when the server gave one, else exponential backoff with full jitter. */
  delayBeforeRetry(error: ModelError, attempt: number): number {
    if (error.retryAfterMs !== undefined) return error.retryAfterMs;
    const ceiling = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(this.random() * ceiling);
  }

  private async sendOnce(messages: readonly ChatMessage[], wantJson: boolean): Promise<Completion> {
    const structured = wantJson && this.jsonSchemaSupported;
    try {
      const response = await this.openai.chat.completions.create({
        model: this.options.model,
        messages: messages.map((m) => ({ role: m.role, content: m.content })),
        temperature: 0,
        ...(structured
          ? { response_format: { type: 'json_schema', json_schema: { name: 'pillar_review', strict: true, schema: { ...ANSWER_JSON_SCHEMA } } } }
          : {}),
      });
      const content = response.choices?.[0]?.message?.content;
      return {
        content: typeof content === 'string' ? content : '',
        promptTokens: response.usage?.prompt_tokens ?? 0,
        completionTokens: response.usage?.completion_tokens ?? 0,
        structured,
      };
    } catch (err) {
      const error = this.classify(err, structured);
      if (error.kind === 'response-format-unsupported') {
        // Remembered for the rest of the run; the prompt itself already describes the JSON shape.
        this.jsonSchemaSupported = false;
        return this.sendOnce(messages, wantJson);
      }
      throw error;
    }
  }

  /** Turns what the openai package throws into a ModelError with a message a user can act on. */
  classify(err: unknown, sentResponseFormat: boolean): ModelError {
    const server = this.server;
    const model = this.options.model;
    if (err instanceof OpenAI.APIConnectionTimeoutError) {
      return new ModelError('timeout', `no answer from ${server} within ${this.options.timeoutMs / 1000} s (--request-timeout)`);
    }
    if (err instanceof OpenAI.APIConnectionError) {
      const code = causeCode(err);
      if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
        return new ModelError('unreachable', `cannot reach the model server at ${server} (${code}); is it running, and is --base-url right?`);
      }
      return new ModelError('connection', `the connection to ${server} failed${code ? ` (${code})` : ''}`);
    }
    if (err instanceof OpenAI.APIError) {
      const status = err.status ?? 0;
      const detail = serverMessage(err);
      const retryAfterMs = retryAfterFromHeaders(err.headers);
      if (status === 401 || status === 403) {
        return new ModelError('auth', `${server} refused the credentials (${status}); set PILLAR_API_KEY or OPENAI_API_KEY to a valid key`, status);
      }
      if (status === 404) {
        return new ModelError(
          'unknown-model',
          `${server} answered 404: the model "${model}" does not exist there, or --base-url is not an OpenAI-compatible endpoint (it usually ends in /v1)${detail ? `: ${detail}` : ''}`,
          status,
        );
      }
      if (status === 429) return new ModelError('rate-limited', `${server} is rate limiting requests (429)`, status, retryAfterMs);
      if (status >= 500 || status === 408 || status === 409) {
        return new ModelError('server', `${server} failed with ${status}${detail ? `: ${detail}` : ''}`, status, retryAfterMs);
      }
      if ((status === 400 || status === 413) && CONTEXT_OVERFLOW.test(detail)) {
        return new ModelError('context-overflow', `the prompt is larger than the model's context window (${detail}); lower --context-tokens`, status);
      }
      if (sentResponseFormat && (status === 400 || status === 422) && /response_format|json_schema|schema|format/i.test(detail)) {
        return new ModelError('response-format-unsupported', detail, status);
      }
      return new ModelError('bad-request', `${server} rejected the request (${status})${detail ? `: ${detail}` : ''}`, status);
    }
    if (err instanceof ModelError) return err;
    return new ModelError('connection', `the request failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const CONTEXT_OVERFLOW = /context.{0,20}(length|window|size)|maximum.{0,30}tokens|too many tokens|too long|exceeds.{0,40}(context|tokens)|n_ctx/i;

function causeCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The server's own error text, on one line and short. */
function serverMessage(err: InstanceType<typeof OpenAI.APIError>): string {
  const body = err.error as { message?: unknown } | undefined;
  const raw = typeof body?.message === 'string' ? body.message : err.message.replace(/^\d{3}\s*/, '');
  return raw.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** Retry-After (seconds or an HTTP date) or retry-after-ms, in ms; undefined when absent or unreadable. */
export function retryAfterFromHeaders(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms));
  const value = headers.get('retry-after');
  return value === null ? undefined : parseRetryAfter(value, now);
}

export function parseRetryAfter(value: string, now = Date.now()): number | undefined {
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.ceil(Number(v) * 1000);
  const date = Date.parse(v);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** At most `size` tasks at a time; the rest wait in order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly size: number) {
    if (!(size >= 1)) throw new Error('concurrency must be at least 1');
  }
  async run<T>(task: () => Promise<T>): Promise<T> {
    // A finishing task hands its slot straight to the next waiter, so a newcomer cannot slip in between.
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
