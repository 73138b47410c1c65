// Sort column chosen through a map of known columns; the value is a parameter.
const express = require('express');
const { Pool } = require('pg');

const app = express();
app.use(express.json());

const pool = new Pool();
const SORT_COLUMNS = { newest: 'created_at DESC', cheapest: 'price ASC' };

app.get('/products', async (req, res) => {
  const sort = req.query.sort;
  const category = req.query.category;
  const order = SORT_COLUMNS[sort] ?? SORT_COLUMNS.newest;
  // ok: CWE-89
  const { rows } = await pool.query(`SELECT sku, price FROM products WHERE category = $1 ORDER BY ${order}`, [category]);
  res.json(rows);
});

app.listen(3000);
