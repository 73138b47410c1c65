// Order listing on PostgreSQL (pg): the sink sits in one branch.
import Fastify from 'fastify';
import { Pool } from 'pg';

const app = Fastify({ logger: true });

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

app.get('/orders', async (request, reply) => {
  const status = request.query.status;
  if (status && status.length < 200) {
    // expect: CWE-89
    const result = await pool.query("SELECT * FROM orders WHERE status = '" + status + "' ORDER BY created_at DESC");
    return result.rows;
  } else {
    return reply.code(400).send('bad request');
  }
});

await app.listen({ port: 3000 });
