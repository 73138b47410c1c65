// Session id readable by scripts (no HttpOnly).
import Fastify from 'fastify';
import crypto from 'crypto';

const app = Fastify({ logger: true });

app.post('/login', async (request, reply) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // expect: CWE-1004
  reply.setCookie('sid', value, { secure: true, httpOnly: false });
  return { ok: true };
});

await app.listen({ port: 3000 });
