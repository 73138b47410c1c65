// Report filters appended to a WHERE clause in a loop.
import express from 'express';
import { Pool } from 'pg';

const app = express();
app.use(express.json());

const pool = new Pool();

app.get('/reports/sales', async (req, res) => {
  const region = req.query.region;
  const channel = req.query.channel;
  let sql = 'SELECT day, total FROM sales WHERE 1 = 1';
  for (const [column, value] of Object.entries({ region, channel })) {
    if (value) sql += ` AND ${column} = '${value}'`;
  }
  // expect: CWE-89
  const { rows } = await pool.query(sql);
  res.json(rows);
});

app.listen(3000);
