// CSRF token for the form, from Math.random.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';

const app = Fastify({ logger: true });

app.get('/form', async (request: FastifyRequest, reply: FastifyReply) => {
  // expect: CWE-330
  const csrfToken = Math.random().toString(36).substr(2, 10);
  return { csrfToken };
});

await app.listen({ port: 3000 });
