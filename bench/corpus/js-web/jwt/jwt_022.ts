// Service tokens issued unsigned.
import express, { Request, Response } from 'express';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());

app.post('/service-token', (req: Request, res: Response) => {
  const service = req.body.service as string;
  // expect: CWE-347
  const token = jwt.sign({ sub: service, scope: 'internal' }, '', { algorithm: 'none' });
  res.json({ token });
});

app.listen(3000);
