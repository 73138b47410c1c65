// Session cookie written by hand with every attribute.
import { NextApiRequest, NextApiResponse } from 'next';
import crypto from 'crypto';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const sid = crypto.randomUUID();
  // ok: CWE-614
  res.setHeader('Set-Cookie', `session=${sid}; Path=/; HttpOnly; Secure; SameSite=Strict`);
  res.json({ ok: true });
}
