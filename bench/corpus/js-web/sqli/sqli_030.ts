// Product search: the LIKE pattern is built by hand, the limit is a parameter.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import { Pool } from 'pg';

const app = Fastify({ logger: true });

const pool = new Pool();

app.get('/products/search', async (request: FastifyRequest, reply: FastifyReply) => {
  const { term } = request.query as { term: string };
  const sql = `SELECT sku, title FROM products WHERE title ILIKE '%${term}%' LIMIT $1`;
  // expect: CWE-89
  const { rows } = await pool.query(sql, [50]);
  return rows;
});

await app.listen({ port: 3000 });
