// Auth cookie that is HttpOnly but not Secure.
import express, { Request, Response } from 'express';
import crypto from 'crypto';

const app = express();
app.use(express.json());

app.post('/login', (req: Request, res: Response) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // expect: CWE-614
  res.cookie('auth', value, { httpOnly: true, sameSite: "lax" });
  res.json({ ok: true });
});

app.listen(3000);
