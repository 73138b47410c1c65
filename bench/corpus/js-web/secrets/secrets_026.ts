// Mongo connection string carrying the admin password.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import mongoose from 'mongoose';

const app = Fastify({ logger: true });

// expect: CWE-798
await mongoose.connect('mongodb://admin:hunter2-prod@mongo.internal:27017/shop?authSource=admin');

app.get('/health', async (request: FastifyRequest, reply: FastifyReply) => {
  return { db: mongoose.connection.readyState };
});

await app.listen({ port: 3000 });
