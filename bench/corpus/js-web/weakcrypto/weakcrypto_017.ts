// Card numbers sealed with AES-256-GCM and a fresh IV.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import crypto from 'crypto';

const app = Fastify({ logger: true });

const KEY = Buffer.from(process.env.CARD_KEY, 'hex');

app.post('/cards', async (request: FastifyRequest, reply: FastifyReply) => {
  const { number } = request.body as { number: string };
  const iv = crypto.randomBytes(12);
  // ok: CWE-327
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const sealed = Buffer.concat([cipher.update(String(number)), cipher.final()]);
  return { iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex'), sealed: sealed.toString('hex') };
});

await app.listen({ port: 3000 });
