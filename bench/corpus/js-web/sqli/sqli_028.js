// Inventory on SQLite (sqlite3), sorted by a column: an allow-list check returns early.
import sqlite3 from 'sqlite3';

const db = new sqlite3.Database('inventory.db');
const ALLOWED = ['sku', 'qty'];

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const sort = req.query.sort;
  if (!ALLOWED.includes(sort)) {
    return res.status(400).json({ error: 'not allowed' });
  }
  // ok: CWE-89
  db.all('SELECT sku, qty FROM stock ORDER BY ' + sort, (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    res.status(200).json(rows);
  });
}
