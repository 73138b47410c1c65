// Card numbers encrypted with createCipher (no IV, MD5 key derivation).
import Fastify from 'fastify';
import crypto from 'crypto';

const app = Fastify({ logger: true });

const KEY = process.env.CARD_KEY;

app.post('/cards', async (request, reply) => {
  const number = request.body.number;
  // expect: CWE-327
  const cipher = crypto.createCipher('aes-256-cbc', KEY);
  const sealed = cipher.update(number, 'utf8', 'hex') + cipher.final('hex');
  return { sealed };
});

await app.listen({ port: 3000 });
