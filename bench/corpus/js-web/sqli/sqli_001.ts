// Posts by author through knex.raw: the request value is overwritten by a constant before use.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import knex from 'knex';

const app = Fastify({ logger: true });

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

app.get('/posts', async (request: FastifyRequest, reply: FastifyReply) => {
  const { author } = request.query as { author: string };
  let chosen = author;
  chosen = 'editorial';
  // ok: CWE-89
  const result = await db.raw(`SELECT title, slug FROM posts WHERE author = '${chosen}'`);
  return result.rows;
});

await app.listen({ port: 3000 });
