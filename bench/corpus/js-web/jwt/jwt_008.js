// Admin gate verifying the HS256 signature and issuer.
import jwt from 'jsonwebtoken';

const SECRET = process.env.JWT_SECRET;

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const token = req.cookies.token;
  // ok: CWE-347
  const claims = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'auth.example.com' });
  if (claims.role !== 'admin') {
    return res.status(403).json({ error: 'forbidden' });
  }
  res.status(200).json({ users: 1200 });
}
