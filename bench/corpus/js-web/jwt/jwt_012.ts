// Verification that lists 'none' among the accepted algorithms.
import express, { Request, Response } from 'express';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());

const SECRET = process.env.JWT_SECRET;

app.get('/profile', (req: Request, res: Response) => {
  const token = req.get('X-Auth-Token') as string;
  // expect: CWE-347
  const claims = jwt.verify(token, SECRET, { algorithms: ['HS256', 'none'] });
  res.json({ id: claims.sub });
});

app.listen(3000);
