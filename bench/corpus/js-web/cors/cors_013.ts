// Fastify CORS for the admin console only.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import cors from '@fastify/cors';

const app = Fastify({ logger: true });

// ok: CWE-942
await app.register(cors, { origin: 'https://admin.example.com', credentials: true });

app.get('/api/orders', async (request: FastifyRequest, reply: FastifyReply) => {
  return { orders: [] };
});

await app.listen({ port: 3000 });
