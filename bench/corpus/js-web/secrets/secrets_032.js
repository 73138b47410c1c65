// Login issuing tokens signed with a key from the environment.
import jwt from 'jsonwebtoken';

// ok: CWE-798
const JWT_SECRET = process.env.JWT_SECRET;

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const userId = req.body.userId;
  const token = jwt.sign({ sub: userId }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
  res.status(200).json({ token });
}
