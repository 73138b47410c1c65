// Invitation codes from Math.random.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';

const app = Fastify({ logger: true });

app.post('/invites', async (request: FastifyRequest, reply: FastifyReply) => {
  // expect: CWE-330
  const inviteCode = Math.random().toString(36).substring(2, 10).toUpperCase();
  return { inviteCode };
});

await app.listen({ port: 3000 });
