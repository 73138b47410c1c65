// Stream obfuscation with RC4.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import crypto from 'crypto';

const app = Fastify({ logger: true });

const STREAM_KEY = process.env.STREAM_KEY;

app.get('/feed', async (request: FastifyRequest, reply: FastifyReply) => {
  // expect: CWE-327
  const rc4 = crypto.createCipheriv('rc4', STREAM_KEY, '');
  const body = rc4.update('latest feed', 'utf8', 'base64');
  return { body };
});

await app.listen({ port: 3000 });
