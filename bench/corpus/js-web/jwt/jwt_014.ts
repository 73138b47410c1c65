// Service tokens signed with RS256.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import jwt from 'jsonwebtoken';
import fs from 'fs';

const app = Fastify({ logger: true });

const PRIVATE_KEY = fs.readFileSync('/run/secrets/jwt-private.pem');

app.post('/service-token', async (request: FastifyRequest, reply: FastifyReply) => {
  const { service } = request.body as { service: string };
  // ok: CWE-347
  const token = jwt.sign({ sub: service, scope: 'internal' }, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '10m' });
  return { token };
});

await app.listen({ port: 3000 });
