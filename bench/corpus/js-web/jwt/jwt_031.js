// Bearer check pinned to RS256.
import jwt from 'jsonwebtoken';
import fs from 'fs';

const PUBLIC_KEY = fs.readFileSync('keys/auth-public.pem');

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const authorization = req.headers['authorization'];
  const token = String(authorization).replace('Bearer ', '');
  // ok: CWE-347
  const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
  res.status(200).json({ user: claims.sub });
}
