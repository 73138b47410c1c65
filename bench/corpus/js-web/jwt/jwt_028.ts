// Key id read from the header, then a pinned verification.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import jwt from 'jsonwebtoken';
import { publicKeyFor } from './keys';

const app = Fastify({ logger: true });

app.get('/profile', async (request: FastifyRequest, reply: FastifyReply) => {
  const token = request.headers['x-auth-token'] as string;
  const { header } = jwt.decode(token, { complete: true }) || {};
  // ok: CWE-347
  const claims = jwt.verify(token, publicKeyFor(header?.kid), { algorithms: ['ES256'] });
  return { id: claims.sub };
});

await app.listen({ port: 3000 });
