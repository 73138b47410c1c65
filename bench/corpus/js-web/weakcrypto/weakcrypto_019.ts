// Password check with PBKDF2 at a high iteration count.
import { NextApiRequest, NextApiResponse } from 'next';
import { pbkdf2Sync, timingSafeEqual } from 'crypto';
import { users } from './db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const email = req.body.email as string;
  const password = req.body.password as string;
  const user = await users.findByEmail(email);
  // ok: CWE-327
  const derived = pbkdf2Sync(password, user.salt, 310000, 32, 'sha256');
  res.status(200).json({ ok: timingSafeEqual(derived, Buffer.from(user.hash, 'hex')) });
}
