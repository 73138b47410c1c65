// Login follow-up: a leading-slash check still lets /\evil.com through.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';

const app = Fastify({ logger: true });

app.get('/login/after', async (request: FastifyRequest, reply: FastifyReply) => {
  const { next } = request.query as { next: string };
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) {
    return reply.code(400).send('bad redirect');
  }
  // expect: CWE-601
  return reply.redirect(next);
});

await app.listen({ port: 3000 });
