// Webhook signature computed as MD5(secret + body).
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import crypto from 'crypto';

const app = Fastify({ logger: true });

const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET;

app.post('/webhooks/outgoing', async (request: FastifyRequest, reply: FastifyReply) => {
  const { event } = request.body as { event: string };
  const payload = JSON.stringify(event);
  // expect: CWE-328
  const signature = crypto.createHash('md5').update(WEBHOOK_SECRET + payload).digest('hex');
  return { payload, signature };
});

await app.listen({ port: 3000 });
