// Customer search on MySQL (mysql2): the condition folds to a constant, so the request value is dead.
import express, { Request, Response } from 'express';
import mysql from 'mysql2/promise';

const app = express();
app.use(express.json());

const pool = mysql.createPool({ host: 'db', user: 'crm', password: process.env.DB_PASSWORD, database: 'crm' });

app.get('/customers', async (req: Request, res: Response) => {
  const country = req.query.country as string;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'NL' : country;
  // ok: CWE-89
  const [rows] = await pool.query("SELECT id, name FROM customers WHERE country = '" + chosen + "'");
  res.json(rows);
});

app.listen(3000);
