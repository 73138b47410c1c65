// Login against a mongoose model: the name is converted to a string.
import { NextApiRequest, NextApiResponse } from 'next';
import User from './models/user';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const username = req.body.username as string;
  const clean = String(username);
  // ok: CWE-943
  const user = await User.findOne({ username: clean, active: true });
  res.status(200).json({ found: Boolean(user) });
}
