// Keep-alive agent for a metrics backend, verification off.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import { Agent } from 'node:https';

const app = Fastify({ logger: true });

// expect: CWE-295
const metricsAgent = new Agent({ keepAlive: true, maxSockets: 10, rejectUnauthorized: false });

app.post('/metrics', async (request: FastifyRequest, reply: FastifyReply) => {
  const { points } = request.body as { points: string };
  await fetch('https://metrics.internal/write', { method: 'POST', body: JSON.stringify(points), agent: metricsAgent });
  return { ok: true };
});

await app.listen({ port: 3000 });
