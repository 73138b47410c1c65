// Webhook tester: the request value is overwritten by a constant before use.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import got from 'got';

const app = Fastify({ logger: true });

app.post('/webhooks/test', async (request: FastifyRequest, reply: FastifyReply) => {
  const { endpoint } = request.body as { endpoint: string };
  let chosen = endpoint;
  chosen = 'https://hooks.example.com/ping';
  // ok: CWE-918
  const reply = await got.post(chosen, { json: { ping: true } }).json();
  return reply;
});

await app.listen({ port: 3000 });
