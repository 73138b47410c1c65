// Customer search on MySQL (mysql2): the sink runs only for allow-listed values.
import Fastify from 'fastify';
import mysql from 'mysql2/promise';

const app = Fastify({ logger: true });

const pool = mysql.createPool({ host: 'db', user: 'crm', password: process.env.DB_PASSWORD, database: 'crm' });
const PERMITTED = new Set(['NL', 'BE']);

app.get('/customers', async (request, reply) => {
  const country = request.query.country;
  if (PERMITTED.has(country)) {
    // ok: CWE-89
    const [rows] = await pool.query("SELECT id, name FROM customers WHERE country = '" + country + "'");
    return rows;
  } else {
    return reply.code(404).send('unknown');
  }
});

await app.listen({ port: 3000 });
