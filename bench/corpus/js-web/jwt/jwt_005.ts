// Bearer check pinned to RS256.
import express, { Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import fs from 'fs';

const app = express();
app.use(express.json());

const PUBLIC_KEY = fs.readFileSync('keys/auth-public.pem');

app.get('/account', (req: Request, res: Response) => {
  const authorization = req.get('Authorization') as string;
  const token = String(authorization).replace('Bearer ', '');
  // ok: CWE-347
  const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
  res.json({ user: claims.sub });
});

app.listen(3000);
