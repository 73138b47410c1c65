// Password reset: the token comes from crypto.randomBytes.
import express, { Request, Response } from 'express';
import crypto from 'crypto';
import { saveResetToken } from './store';

const app = express();
app.use(express.json());

app.post('/password/forgot', async (req: Request, res: Response) => {
  const email = req.body.email as string;
  // ok: CWE-330
  const resetToken = crypto.randomBytes(32).toString('hex');
  await saveResetToken(email, resetToken);
  res.json({ sent: true });
});

app.listen(3000);
