// Temporary password generator for new accounts.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

const CHARSET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function generatePassword(length) {
  let out = '';
  for (let i = 0; i < length; i++) {
    // expect: CWE-330
    out += CHARSET[Math.floor(Math.random() * CHARSET.length)];
  }
  return out;
}

app.post('/accounts', async (request, reply) => {
  const temporaryPassword = generatePassword(12);
  return { temporaryPassword };
});

await app.listen({ port: 3000 });
