// MySQL pool configured from the environment.
import express from 'express';
import mysql from 'mysql2/promise';

const app = express();
app.use(express.json());

// ok: CWE-798
const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'shop', password: process.env.DB_PASSWORD, database: 'shop' });

app.get('/products', async (req, res) => {
  const [rows] = await pool.query('SELECT sku, title FROM products LIMIT 50');
  res.json(rows);
});

app.listen(3000);
