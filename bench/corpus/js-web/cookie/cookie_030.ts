// Session cookie written by hand without attributes.
import express, { Request, Response } from 'express';
import crypto from 'crypto';

const app = express();
app.use(express.json());

app.post('/login', (req: Request, res: Response) => {
  const sid = crypto.randomUUID();
  // expect: CWE-614
  res.setHeader('Set-Cookie', `session=${sid}; Path=/`);
  res.json({ ok: true });
});

app.listen(3000);
