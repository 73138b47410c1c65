// Customer search on MySQL (mysql2): the value is converted to a number first.
import express, { Request, Response } from 'express';
import mysql from 'mysql2/promise';

const app = express();
app.use(express.json());

const pool = mysql.createPool({ host: 'db', user: 'crm', password: process.env.DB_PASSWORD, database: 'crm' });

app.get('/customers', async (req: Request, res: Response) => {
  const country = req.query.country as string;
  const n = Number.parseInt(country, 10);
  if (Number.isNaN(n)) {
    return res.status(400).send('expected a number');
  }
  // ok: CWE-89
  const [rows] = await pool.query("SELECT id, name FROM customers WHERE country = '" + n + "'");
  res.json(rows);
});

app.listen(3000);
