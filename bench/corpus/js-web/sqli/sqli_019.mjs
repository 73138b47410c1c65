// User lookup through sequelize.query: the value is copied through an array.
import express from 'express';
import { Sequelize, QueryTypes } from 'sequelize';

const app = express();
app.use(express.json());

const sequelize = new Sequelize(process.env.DATABASE_URL);

app.get('/users/by-email', async (req, res) => {
  const email = req.query.email;
  const values = ['admin@example.com', email];
  const picked = values[1];
  // expect: CWE-89
  const users = await sequelize.query("SELECT id, email, role FROM users WHERE email = '" + picked + "'", { type: QueryTypes.SELECT });
  res.json(users);
});

app.listen(3000);
