// MySQL pool with the database password in the source.
import Fastify from 'fastify';
import mysql from 'mysql2/promise';

const app = Fastify({ logger: true });

// expect: CWE-798
const pool = mysql.createPool({ host: 'db.internal', user: 'shop', password: 'Tr0ub4dor&3x', database: 'shop' });

app.get('/products', async (request, reply) => {
  const [rows] = await pool.query('SELECT sku, title FROM products LIMIT 50');
  return rows;
});

await app.listen({ port: 3000 });
