// Content-addressed upload names from SHA-256.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import { createHash } from 'crypto';

const app = Fastify({ logger: true });

app.post('/uploads', async (request: FastifyRequest, reply: FastifyReply) => {
  const { content } = request.body as { content: string };
  // ok: CWE-327
  const name = createHash('sha256').update(String(content)).digest('hex');
  return { name };
});

await app.listen({ port: 3000 });
