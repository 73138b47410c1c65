// SMS login code drawn from Math.random.
import express, { Request, Response } from 'express';
import { sendSms } from './sms';

const app = express();
app.use(express.json());

app.post('/login/sms', async (req: Request, res: Response) => {
  const phone = req.body.phone as string;
  // expect: CWE-330
  const otp = Math.floor(100000 + Math.random() * 900000);
  await sendSms(phone, `Your code is ${otp}`);
  res.json({ sent: true });
});

app.listen(3000);
