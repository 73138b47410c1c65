// Inventory on SQLite (sqlite3), sorted by a column: the constant condition selects the request value.
import express, { Request, Response } from 'express';
import sqlite3 from 'sqlite3';

const app = express();
app.use(express.json());

const db = new sqlite3.Database('inventory.db');

app.get('/inventory', (req: Request, res: Response) => {
  const sort = req.query.sort as string;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'sku' : sort;
  // expect: CWE-89
  db.all('SELECT sku, qty FROM stock ORDER BY ' + chosen, (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    res.json(rows);
  });
});

app.listen(3000);
