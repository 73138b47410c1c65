// User lookup through sequelize.query: value built by a helper in the same file.
import express from 'express';
import { Sequelize, QueryTypes } from 'sequelize';

const app = express();
app.use(express.json());

const sequelize = new Sequelize(process.env.DATABASE_URL);
function formatInput(input) {
  return "SELECT id, email, role FROM users WHERE email = '" + input + "'";
}

app.get('/users/by-email', async (req, res) => {
  const email = req.query.email;
  // expect: CWE-89
  const users = await sequelize.query(formatInput(email), { type: QueryTypes.SELECT });
  res.json(users);
});

app.listen(3000);
