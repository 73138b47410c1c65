// Order listing on PostgreSQL (pg): the value is converted to a number first.
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const status = req.query.status;
  const n = Number.parseInt(status, 10);
  if (Number.isNaN(n)) {
    return res.status(400).json({ error: 'expected a number' });
  }
  // ok: CWE-89
  const result = await pool.query("SELECT * FROM orders WHERE status = '" + n + "' ORDER BY created_at DESC");
  res.status(200).json(result.rows);
}
