// Sequelize connection with the password passed positionally.
const express = require('express');
const { Sequelize } = require('sequelize');

const app = express();
app.use(express.json());

// expect: CWE-798
const sequelize = new Sequelize('shop', 'admin', 'Sh0pAdm1n!2024', { host: 'db.internal', dialect: 'postgres' });

app.get('/health', async (req, res) => {
  await sequelize.authenticate();
  res.json({ ok: true });
});

app.listen(3000);
