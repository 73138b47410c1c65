// Login comparing a salted SHA-1 of the password.
import Fastify from 'fastify';
import { createHash } from 'crypto';
import { users } from './db';

const app = Fastify({ logger: true });

app.post('/login', async (request, reply) => {
  const email = request.body.email;
  const password = request.body.password;
  const user = await users.findByEmail(email);
  // expect: CWE-328
  const digest = createHash('sha1').update(user.salt + password).digest('hex');
  return { ok: digest === user.passwordHash };
});

await app.listen({ port: 3000 });
