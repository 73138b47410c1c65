// User lookup through sequelize.query: an allow-list check returns early.
import { NextApiRequest, NextApiResponse } from 'next';
import { Sequelize, QueryTypes } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL);
const ALLOWED = ['admin@example.com', 'ops@example.com'];

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const email = req.query.email as string;
  if (!ALLOWED.includes(email)) {
    return res.status(400).json({ error: 'not allowed' });
  }
  // ok: CWE-89
  const users = await sequelize.query("SELECT id, email, role FROM users WHERE email = '" + email + "'", { type: QueryTypes.SELECT });
  res.status(200).json(users);
}
