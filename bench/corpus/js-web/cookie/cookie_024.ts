// Refresh token cookie with only a path and an age.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import crypto from 'crypto';

const app = Fastify({ logger: true });

app.post('/login', async (request: FastifyRequest, reply: FastifyReply) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // expect: CWE-614
  reply.setCookie('refresh_token', value, { path: "/auth", maxAge: 7 * 24 * 3600 * 1000 });
  return { ok: true };
});

await app.listen({ port: 3000 });
