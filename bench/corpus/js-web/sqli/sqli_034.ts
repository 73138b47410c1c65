// Customer search on MySQL (mysql2): the constant condition selects the request value.
import { NextApiRequest, NextApiResponse } from 'next';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ host: 'db', user: 'crm', password: process.env.DB_PASSWORD, database: 'crm' });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const country = req.query.country as string;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'NL' : country;
  // expect: CWE-89
  const [rows] = await pool.query("SELECT id, name FROM customers WHERE country = '" + chosen + "'");
  res.status(200).json(rows);
}
