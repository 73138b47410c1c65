// Card numbers sealed with AES-256-GCM and a fresh IV.
import express from 'express';
import crypto from 'crypto';

const app = express();
app.use(express.json());

const KEY = Buffer.from(process.env.CARD_KEY, 'hex');

app.post('/cards', (req, res) => {
  const number = req.body.number;
  const iv = crypto.randomBytes(12);
  // ok: CWE-327
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const sealed = Buffer.concat([cipher.update(String(number)), cipher.final()]);
  res.json({ iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex'), sealed: sealed.toString('hex') });
});

app.listen(3000);
