// Inventory on SQLite (sqlite3), sorted by a column: the request value travels in an object.
import express from 'express';
import sqlite3 from 'sqlite3';

const app = express();
app.use(express.json());

const db = new sqlite3.Database('inventory.db');

app.get('/inventory', (req, res) => {
  const sort = req.query.sort;
  const job = { target: sort, attempts: 3 };
  // expect: CWE-89
  db.all('SELECT sku, qty FROM stock ORDER BY ' + job.target, (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    res.json(rows);
  });
});

app.listen(3000);
