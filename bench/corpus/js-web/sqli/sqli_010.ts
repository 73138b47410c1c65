// Customer search on MySQL (mysql2): mysql2 placeholders keep the value out of the SQL text.
import { NextApiRequest, NextApiResponse } from 'next';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ host: 'db', user: 'crm', password: process.env.DB_PASSWORD, database: 'crm' });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const country = req.query.country as string;
  // ok: CWE-89
  const [rows] = await pool.query('SELECT id, name FROM customers WHERE country = ?', [country]);
  res.status(200).json(rows);
}
