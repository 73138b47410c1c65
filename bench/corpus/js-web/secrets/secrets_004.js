// MySQL pool configured from the environment.
import mysql from 'mysql2/promise';

// ok: CWE-798
const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'shop', password: process.env.DB_PASSWORD, database: 'shop' });

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const [rows] = await pool.query('SELECT sku, title FROM products LIMIT 50');
  res.status(200).json(rows);
}
