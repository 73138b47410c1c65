// Service tokens issued unsigned.
import jwt from 'jsonwebtoken';

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const service = req.body.service;
  // expect: CWE-347
  const token = jwt.sign({ sub: service, scope: 'internal' }, '', { algorithm: 'none' });
  res.status(200).json({ token });
}
