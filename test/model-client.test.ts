/**
 * The chat completions client against the local mock server: the JSON
 * answer path, the json_schema fallback, retries on 429 (Retry-After) and
 * 5xx, timeouts, and the errors a user must be able to act on.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ModelClient, type ModelClientOptions, ModelError } from '../src/model/client.js';
import { type MockChatServer, startMockChatServer } from './support/mock-chat-server.js';

const KEY = 'sk-test-do-not-print-4242';
const messages = [{ role: 'user' as const, content: 'review this' }];

describe('model client', () => {
  let server: MockChatServer;
  before(async () => {
    server = await startMockChatServer();
  });
  after(() => server.close());

  /** A client whose waits are recorded instead of slept, so that the tests are fast and exact. */
  function client(over: Partial<ModelClientOptions> = {}): { c: ModelClient; waits: number[] } {
    const waits: number[] = [];
    const c = new ModelClient({
      baseURL: server.baseURL,
      apiKey: KEY,
      model: 'test-model',
      timeoutMs: 2000,
      maxConcurrency: 4,
      retry: { baseDelayMs: 100, maxAttempts: 3 },
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 0.5,
      ...over,
    });
    return { c, waits };
  }

  async function failure(promise: Promise<unknown>): Promise<ModelError> {
    try {
      await promise;
    } catch (err) {
      assert.ok(err instanceof ModelError, String(err));
      assert.ok(!err.message.includes(KEY), 'the key never appears in a message');
      return err;
    }
    assert.fail('expected the request to fail');
  }

  it('sends the model, the key and the json_schema response format, and returns the answer and usage', async () => {
    server.requests.length = 0;
    server.enqueue({ answer: { findings: [], candidates: [] }, usage: { prompt_tokens: 321, completion_tokens: 12 } });
    const { c } = client();
    const out = await c.complete(messages, true);
    assert.deepEqual(JSON.parse(out.content), { findings: [], candidates: [] });
    assert.equal(out.promptTokens, 321);
    assert.equal(out.completionTokens, 12);
    assert.equal(out.structured, true);
    const req = server.requests[0]!;
    assert.equal(req.body.model, 'test-model');
    assert.equal(req.body.response_format?.type, 'json_schema');
    assert.equal(req.headers.authorization, `Bearer ${KEY}`);
  });

  it('falls back to plain JSON instructions when the server rejects json_schema, and remembers', async () => {
    server.requests.length = 0;
    server.enqueue(
      { status: 400, error: "response_format type 'json_schema' is not supported by this server" },
      { content: '{"findings": [], "candidates": []}' },
      { content: '{"findings": [], "candidates": []}' },
    );
    const { c } = client();
    const first = await c.complete(messages, true);
    assert.equal(first.structured, false);
    await c.complete(messages, true);
    assert.deepEqual(
      server.requests.map((r) => r.body.response_format?.type ?? null),
      ['json_schema', null, null],
    );
  });

  it('waits what Retry-After asks on 429, in seconds or as an HTTP date', async () => {
    server.requests.length = 0;
    const inThreeSeconds = new Date(Date.now() + 3000).toUTCString();
    server.enqueue(
      { status: 429, headers: { 'retry-after': '2' }, error: 'slow down' },
      { status: 429, headers: { 'retry-after': inThreeSeconds }, error: 'slow down' },
      { content: 'done' },
    );
    const { c, waits } = client();
    const out = await c.complete(messages, false);
    assert.equal(out.content, 'done');
    assert.equal(server.requests.length, 3);
    assert.equal(waits[0], 2000);
    assert.ok(waits[1]! > 1000 && waits[1]! <= 3000, `HTTP-date wait ${waits[1]}`);
  });

  it('really sleeps for a short Retry-After', async () => {
    server.enqueue({ status: 429, headers: { 'retry-after': '0.05' } }, { content: 'ok' });
    const c = new ModelClient({ baseURL: server.baseURL, apiKey: KEY, model: 'm', timeoutMs: 2000, maxConcurrency: 1 });
    const started = performance.now();
    assert.equal((await c.complete(messages, false)).content, 'ok');
    assert.ok(performance.now() - started >= 45);
  });

  it('retries a 500 with exponential backoff and jitter, then succeeds', async () => {
    server.requests.length = 0;
    server.enqueue({ status: 500, error: 'boom' }, { status: 503, error: 'busy' }, { content: 'fine' });
    const { c, waits } = client();
    assert.equal((await c.complete(messages, false)).content, 'fine');
    // random() = 0.5 of a ceiling of 100 ms, then 200 ms.
    assert.deepEqual(waits, [50, 100]);
  });

  it('gives up after the last attempt with the server error', async () => {
    server.requests.length = 0;
    server.enqueue({ status: 502 }, { status: 502 }, { status: 502 });
    const { c } = client();
    const err = await failure(c.complete(messages, false));
    assert.equal(err.kind, 'server');
    assert.match(err.message, /failed with 502/);
    assert.equal(server.requests.length, 3, 'maxAttempts is 3: no fourth request');
  });

  it('times out a slow answer without retrying it', async () => {
    server.requests.length = 0;
    server.enqueue({ content: 'late', delayMs: 1500 });
    const { c } = client({ timeoutMs: 150 });
    const err = await failure(c.complete(messages, false));
    assert.equal(err.kind, 'timeout');
    assert.match(err.message, /no answer from .* within 0.15 s \(--request-timeout\)/);
    assert.equal(server.requests.length, 1);
  });

  it('says clearly when the server cannot be reached', async () => {
    const gone = await startMockChatServer();
    const url = gone.baseURL;
    await gone.close();
    const { c } = client({ baseURL: url });
    const err = await failure(c.complete(messages, false));
    assert.equal(err.kind, 'unreachable');
    assert.ok(err.fatal);
    assert.match(err.message, /cannot reach the model server at http:\/\/127\.0\.0\.1:\d+\/v1 \(ECONNREFUSED\)/);
  });

  it('401, 404 and context overflow each get their own message', async () => {
    const { c } = client();
    server.enqueue({ status: 401, error: 'Incorrect API key provided: sk-test-****4242' });
    const auth = await failure(c.complete(messages, false));
    assert.equal(auth.kind, 'auth');
    assert.match(auth.message, /refused the credentials \(401\); set PILLAR_API_KEY or OPENAI_API_KEY/);

    server.enqueue({ status: 404, error: "model 'test-model' not found" });
    const missing = await failure(c.complete(messages, false));
    assert.equal(missing.kind, 'unknown-model');
    assert.match(missing.message, /the model "test-model" does not exist there/);

    server.enqueue({ status: 400, error: "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens." });
    const overflow = await failure(c.complete(messages, false));
    assert.equal(overflow.kind, 'context-overflow');
    assert.ok(!overflow.fatal);
    assert.match(overflow.message, /larger than the model's context window .*lower --context-tokens/);
  });

  it('keeps to the concurrency limit', async () => {
    server.requests.length = 0;
    server.maxInFlight = 0;
    for (let i = 0; i < 6; i++) server.enqueue({ content: `answer ${i}`, delayMs: 40 });
    const { c } = client({ maxConcurrency: 2 });
    const answers = await Promise.all(Array.from({ length: 6 }, () => c.complete(messages, false)));
    assert.equal(answers.length, 6);
    assert.equal(server.maxInFlight, 2);
  });
});
