// Registration hashing the password with scrypt and a random salt.
import crypto from 'crypto';
import { users } from './db';

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const email = req.body.email;
  const password = req.body.password;
  const salt = crypto.randomBytes(16);
  // ok: CWE-327
  const hash = crypto.scryptSync(password, salt, 64);
  await users.insert({ email, salt: salt.toString('hex'), hash: hash.toString('hex') });
  res.status(200).json({ ok: true });
}
