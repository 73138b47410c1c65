// Temporary passwords with crypto.randomInt.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import { randomInt } from 'crypto';

const app = Fastify({ logger: true });

const CHARSET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function generatePassword(length) {
  let out = '';
  for (let i = 0; i < length; i++) {
    // ok: CWE-330
    out += CHARSET[randomInt(CHARSET.length)];
  }
  return out;
}

app.post('/accounts', async (request: FastifyRequest, reply: FastifyReply) => {
  const temporaryPassword = generatePassword(12);
  return { temporaryPassword };
});

await app.listen({ port: 3000 });
