// Order listing on PostgreSQL (pg): request value trimmed and lower-cased first.
import Fastify from 'fastify';
import { Pool } from 'pg';

const app = Fastify({ logger: true });

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

app.get('/orders', async (request, reply) => {
  const status = request.query.status;
  const value = String(status).trim().toLowerCase();
  // expect: CWE-89
  const result = await pool.query("SELECT * FROM orders WHERE status = '" + value + "' ORDER BY created_at DESC");
  return result.rows;
});

await app.listen({ port: 3000 });
