// Tokens encrypted with AES in ECB mode.
import { createCipheriv } from 'node:crypto';

const TOKEN_KEY = Buffer.from(process.env.TOKEN_KEY, 'base64');

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const userId = req.body.userId;
  // expect: CWE-327
  const cipher = createCipheriv('aes-128-ecb', TOKEN_KEY, null);
  const wrapped = Buffer.concat([cipher.update(String(userId)), cipher.final()]).toString('hex');
  res.status(200).json({ wrapped });
}
