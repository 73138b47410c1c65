// Legacy export encrypted with single DES.
import crypto from 'crypto';

const KEY = Buffer.from(process.env.EXPORT_KEY, 'hex');

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const iv = crypto.randomBytes(8);
  // expect: CWE-327
  const cipher = crypto.createCipheriv('des-cbc', KEY, iv);
  const data = Buffer.concat([cipher.update('id,total\n1,20\n'), cipher.final()]);
  res.status(200).json({ iv: iv.toString('hex'), data: data.toString('base64') });
}
