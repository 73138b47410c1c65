// Account removal by e-mail: an allow-list check returns early.
import { NextApiRequest, NextApiResponse } from 'next';
import User from './models/user';

const ALLOWED = ['test@example.com', 'demo@example.com'];

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'DELETE') {
    return res.status(405).end();
  }
  const email = req.body.email as string;
  if (!ALLOWED.includes(email)) {
    return res.status(400).json({ error: 'not allowed' });
  }
  // ok: CWE-943
  const outcome = await User.deleteMany({ email: email });
  res.status(200).json({ removed: outcome.deletedCount });
}
