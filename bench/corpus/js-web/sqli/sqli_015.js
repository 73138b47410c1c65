// Customer search on MySQL (mysql2): the default is replaced by the request value when one is given.
const express = require('express');
const mysql = require('mysql2/promise');

const app = express();
app.use(express.json());

const pool = mysql.createPool({ host: 'db', user: 'crm', password: process.env.DB_PASSWORD, database: 'crm' });

app.get('/customers', async (req, res) => {
  const country = req.query.country;
  let chosen = 'NL';
  if (country) {
    chosen = country;
  }
  // expect: CWE-89
  const [rows] = await pool.query("SELECT id, name FROM customers WHERE country = '" + chosen + "'");
  res.json(rows);
});

app.listen(3000);
