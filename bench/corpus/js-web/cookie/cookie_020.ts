// Session id readable by scripts (no HttpOnly).
import express, { Request, Response } from 'express';
import crypto from 'crypto';

const app = express();
app.use(express.json());

app.post('/login', (req: Request, res: Response) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // expect: CWE-1004
  res.cookie('sid', value, { secure: true, httpOnly: false });
  res.json({ ok: true });
});

app.listen(3000);
