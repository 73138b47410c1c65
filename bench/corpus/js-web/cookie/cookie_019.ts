// Remember-me cookie from shared options that turn HttpOnly off.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import crypto from 'crypto';

const app = Fastify({ logger: true });

const COOKIE_OPTIONS = { secure: true, httpOnly: false, sameSite: "strict" };

app.post('/login', async (request: FastifyRequest, reply: FastifyReply) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // expect: CWE-1004
  reply.setCookie('remember_me', value, COOKIE_OPTIONS);
  return { ok: true };
});

await app.listen({ port: 3000 });
