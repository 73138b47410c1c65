// Login issuing tokens signed with a key from the environment.
import express, { Request, Response } from 'express';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());

// ok: CWE-798
const JWT_SECRET = process.env.JWT_SECRET;

app.post('/login', (req: Request, res: Response) => {
  const userId = req.body.userId as string;
  const token = jwt.sign({ sub: userId }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
  res.json({ token });
});

app.listen(3000);
