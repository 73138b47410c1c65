// ETag for a static file from an MD5 of its bytes (not a security control).
import crypto from 'crypto';
import fs from 'fs';

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const file = fs.readFileSync('public/logo.svg');
  // ok: CWE-327
  const etag = crypto.createHash('md5').update(file).digest('hex');
  res.status(200).json({ etag });
}
