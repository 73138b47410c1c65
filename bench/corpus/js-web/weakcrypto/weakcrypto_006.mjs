// Tokens encrypted with AES in ECB mode.
import express from 'express';
import { createCipheriv } from 'node:crypto';

const app = express();
app.use(express.json());

const TOKEN_KEY = Buffer.from(process.env.TOKEN_KEY, 'base64');

app.post('/tokens/wrap', (req, res) => {
  const userId = req.body.userId;
  // expect: CWE-327
  const cipher = createCipheriv('aes-128-ecb', TOKEN_KEY, null);
  const wrapped = Buffer.concat([cipher.update(String(userId)), cipher.final()]).toString('hex');
  res.json({ wrapped });
});

app.listen(3000);
