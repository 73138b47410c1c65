// User lookup through sequelize.query: sequelize replacements keep the value out of the SQL text.
import express, { Request, Response } from 'express';
import { Sequelize, QueryTypes } from 'sequelize';

const app = express();
app.use(express.json());

const sequelize = new Sequelize(process.env.DATABASE_URL);

app.get('/users/by-email', async (req: Request, res: Response) => {
  const email = req.query.email as string;
  // ok: CWE-89
  const users = await sequelize.query('SELECT id, email, role FROM users WHERE email = :email', { replacements: { email }, type: QueryTypes.SELECT });
  res.json(users);
});

app.listen(3000);
