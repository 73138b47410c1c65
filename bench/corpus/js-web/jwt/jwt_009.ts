// Key lookup through JWKS with a callback, no algorithm list.
import { NextApiRequest, NextApiResponse } from 'next';
import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';

const client = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json' });
function getKey(header, callback) {
  client.getSigningKey(header.kid, (err, key) => callback(err, key && key.getPublicKey()));
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const authorization = req.headers['authorization'] as string;
  const token = String(authorization).split(' ')[1];
  // expect: CWE-347
  jwt.verify(token, getKey, (err, claims) => {
    if (err) return res.status(401).json({ error: 'invalid token' });
    res.json({ orders: [], user: claims.sub });
  });
}
