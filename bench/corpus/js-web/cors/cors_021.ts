// Fastify CORS reflecting every origin with credentials.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import cors from '@fastify/cors';

const app = Fastify({ logger: true });

// expect: CWE-942
await app.register(cors, { origin: true, credentials: true });

app.get('/api/orders', async (request: FastifyRequest, reply: FastifyReply) => {
  return { orders: [] };
});

await app.listen({ port: 3000 });
