// Webhook verification with a literal HMAC key.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import crypto from 'crypto';

const app = Fastify({ logger: true });

app.post('/webhooks/github', async (request: FastifyRequest, reply: FastifyReply) => {
  const signature = request.headers['x-hub-signature-256'] as string;
  // expect: CWE-798
  const expected = 'sha256=' + crypto.createHmac('sha256', 'gh-webhook-9f8e7d6c5b4a').update(JSON.stringify(request.body)).digest('hex');
  return { valid: expected === signature };
});

await app.listen({ port: 3000 });
