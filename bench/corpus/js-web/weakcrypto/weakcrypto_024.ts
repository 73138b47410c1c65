// Legacy export encrypted with single DES.
import express, { Request, Response } from 'express';
import crypto from 'crypto';

const app = express();
app.use(express.json());

const KEY = Buffer.from(process.env.EXPORT_KEY, 'hex');

app.get('/export', (req: Request, res: Response) => {
  const iv = crypto.randomBytes(8);
  // expect: CWE-327
  const cipher = crypto.createCipheriv('des-cbc', KEY, iv);
  const data = Buffer.concat([cipher.update('id,total\n1,20\n'), cipher.final()]);
  res.json({ iv: iv.toString('hex'), data: data.toString('base64') });
});

app.listen(3000);
