// Order listing on PostgreSQL (pg): the request value is overwritten by a constant before use.
import express from 'express';
import { Pool } from 'pg';

const app = express();
app.use(express.json());

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

app.get('/orders', async (req, res) => {
  const status = req.query.status;
  let chosen = status;
  chosen = 'shipped';
  // ok: CWE-89
  const result = await pool.query("SELECT * FROM orders WHERE status = '" + chosen + "' ORDER BY created_at DESC");
  res.json(result.rows);
});

app.listen(3000);
