// Auth cookie that is HttpOnly but not Secure.
import Fastify from 'fastify';
import crypto from 'crypto';

const app = Fastify({ logger: true });

app.post('/login', async (request, reply) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // expect: CWE-614
  reply.setCookie('auth', value, { httpOnly: true, sameSite: "lax" });
  return { ok: true };
});

await app.listen({ port: 3000 });
