// Inventory on SQLite (sqlite3), sorted by a column: the sink runs only for allow-listed values.
import { NextApiRequest, NextApiResponse } from 'next';
import sqlite3 from 'sqlite3';

const db = new sqlite3.Database('inventory.db');
const PERMITTED = new Set(['sku', 'qty']);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const sort = req.query.sort as string;
  if (PERMITTED.has(sort)) {
    // ok: CWE-89
    db.all('SELECT sku, qty FROM stock ORDER BY ' + sort, (err, rows) => {
      if (err) {
        return res.status(500).json({ error: 'query failed' });
      }
      res.status(200).json(rows);
    });
  } else {
    return res.status(404).json({ error: 'unknown' });
  }
}
