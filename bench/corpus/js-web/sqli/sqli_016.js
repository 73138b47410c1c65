// Order listing on PostgreSQL (pg): the condition folds to a constant, so the request value is dead.
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const status = req.query.status;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'shipped' : status;
  // ok: CWE-89
  const result = await pool.query("SELECT * FROM orders WHERE status = '" + chosen + "' ORDER BY created_at DESC");
  res.status(200).json(result.rows);
}
