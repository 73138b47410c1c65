// Auth cookie marked Secure and HttpOnly.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import crypto from 'crypto';

const app = Fastify({ logger: true });

app.post('/login', async (request: FastifyRequest, reply: FastifyReply) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // ok: CWE-1004
  reply.setCookie('auth', value, { httpOnly: true, secure: true, maxAge: 3600 * 1000 });
  return { ok: true };
});

await app.listen({ port: 3000 });
