// Password reset: the token comes from crypto.randomBytes.
import crypto from 'crypto';
import { saveResetToken } from './store';

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const email = req.body.email;
  // ok: CWE-330
  const resetToken = crypto.randomBytes(32).toString('hex');
  await saveResetToken(email, resetToken);
  res.status(200).json({ sent: true });
}
