/**
 * A local HTTP server that speaks enough of the OpenAI chat completions
 * protocol (POST /v1/chat/completions) to test the model stage: it records
 * every request and answers from a script of replies (recorded answers, error
 * statuses, headers, delays). When the script runs out, `fallback` answers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MockReply {
  /** HTTP status (default 200). */
  status?: number;
  headers?: Record<string, string>;
  /** The assistant's message text (a 200 reply is wrapped as a chat completion). */
  content?: string;
  /** An answer object, sent as its JSON text (shorthand for content). */
  answer?: unknown;
  /** For an error status: the error message in OpenAI's error body. */
  error?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: {
    model?: string;
    messages?: Array<{ role: string; content: string }>;
    response_format?: { type: string };
    [key: string]: unknown;
  };
}

export interface MockChatServer {
  /** Base URL to pass as --base-url (ends in /v1). */
  baseURL: string;
  requests: RecordedRequest[];
  /** Most requests in flight at one time. */
  maxInFlight: number;
  /** Appends replies to the script. */
  enqueue(...replies: MockReply[]): void;
  /** Answers when the script is empty; gets the request. */
  fallback: (request: RecordedRequest) => MockReply;
  close(): Promise<void>;
}

/** The text of the last user message of a recorded request. */
export function lastUserMessage(request: RecordedRequest): string {
  const users = (request.body.messages ?? []).filter((m) => m.role === 'user');
  return users[users.length - 1]?.content ?? '';
}

export async function startMockChatServer(script: MockReply[] = []): Promise<MockChatServer> {
  const queue = [...script];
  let inFlight = 0;
  const sockets = new Set<import('node:net').Socket>();
  const state: MockChatServer = {
    baseURL: '',
    requests: [],
    maxInFlight: 0,
    enqueue: (...replies) => queue.push(...replies),
    fallback: () => ({ status: 500, error: 'the mock server has no reply scripted for this request' }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: RecordedRequest['body'] = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch {
        // recorded as empty; the reply script decides
      }
      const recorded: RecordedRequest = { path: req.url ?? '', headers: req.headers, body };
      state.requests.push(recorded);
      if (req.method !== 'POST' || !(req.url ?? '').endsWith('/chat/completions')) {
        send(res, { status: 404, error: `no route ${req.method} ${req.url}` }, body);
        return;
      }
      const reply = queue.shift() ?? state.fallback(recorded);
      inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      // A client that gave up (timeout) is no longer in flight, whether or not the reply was sent.
      let done = false;
      const leave = () => {
        if (!done) inFlight--;
        done = true;
      };
      res.on('close', leave);
      const finish = () => {
        leave();
        send(res, reply, body);
      };
      if (reply.delayMs) setTimeout(finish, reply.delayMs);
      else finish();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return state;
}

function send(res: ServerResponse, reply: MockReply, body: RecordedRequest['body']): void {
  if (res.destroyed) return;
  const status = reply.status ?? 200;
  const headers = { 'content-type': 'application/json', ...reply.headers };
  if (status !== 200) {
    res.writeHead(status, headers).end(JSON.stringify({ error: { message: reply.error ?? `error ${status}`, type: 'mock_error', code: null } }));
    return;
  }
  const content = reply.content ?? (reply.answer === undefined ? '' : JSON.stringify(reply.answer));
  res.writeHead(200, headers).end(
    JSON.stringify({
      id: 'chatcmpl-mock',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: body.model ?? 'mock',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: reply.usage ?? { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
    }),
  );
}
