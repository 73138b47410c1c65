// JWKS key lookup with a callback and a pinned algorithm.
import express, { Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';

const app = express();
app.use(express.json());

const client = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json' });
function getKey(header, callback) {
  client.getSigningKey(header.kid, (err, key) => callback(err, key && key.getPublicKey()));
}

app.get('/orders', (req: Request, res: Response) => {
  const authorization = req.get('Authorization') as string;
  const token = String(authorization).split(' ')[1];
  // ok: CWE-347
  jwt.verify(token, getKey, { algorithms: ['RS256'] }, (err, claims) => {
    if (err) return res.status(401).json({ error: 'invalid token' });
    res.json({ orders: [], user: claims.sub });
  });
});

app.listen(3000);
