// Order listing on PostgreSQL (pg): pg parameters keep the value out of the SQL text.
const express = require('express');
const { Pool } = require('pg');

const app = express();
app.use(express.json());

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

app.get('/orders', async (req, res) => {
  const status = req.query.status;
  // ok: CWE-89
  const result = await pool.query('SELECT * FROM orders WHERE status = $1 ORDER BY created_at DESC', [status]);
  res.json(result.rows);
});

app.listen(3000);
