// Posts by author through knex.raw: the knex query builder keep the value out of the SQL text.
import Fastify from 'fastify';
import knex from 'knex';

const app = Fastify({ logger: true });

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

app.get('/posts', async (request, reply) => {
  const author = request.query.author;
  // ok: CWE-89
  const rows = await db('posts').select('title', 'slug').where({ author });
  return rows;
});

await app.listen({ port: 3000 });
