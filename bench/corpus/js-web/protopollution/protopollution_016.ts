// User preference store keyed by user and setting: the request value is overwritten by a constant before use.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';

const app = Fastify({ logger: true });

const preferences = {};

app.post('/prefs', async (request: FastifyRequest, reply: FastifyReply) => {
  const { group } = request.query as { group: string };
  let chosen = group;
  chosen = 'display';
  preferences[chosen] = preferences[chosen] || {};
  // ok: CWE-1321
  preferences[chosen]['updatedAt'] = Date.now();
  return { saved: true };
});

await app.listen({ port: 3000 });
