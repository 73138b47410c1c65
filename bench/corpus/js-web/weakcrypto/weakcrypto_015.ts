// Card numbers encrypted with createCipher (no IV, MD5 key derivation).
import express, { Request, Response } from 'express';
import crypto from 'crypto';

const app = express();
app.use(express.json());

const KEY = process.env.CARD_KEY;

app.post('/cards', (req: Request, res: Response) => {
  const number = req.body.number as string;
  // expect: CWE-327
  const cipher = crypto.createCipher('aes-256-cbc', KEY);
  const sealed = cipher.update(number, 'utf8', 'hex') + cipher.final('hex');
  res.json({ sealed });
});

app.listen(3000);
