// ETag for a static file from an MD5 of its bytes (not a security control).
import express, { Request, Response } from 'express';
import crypto from 'crypto';
import fs from 'fs';

const app = express();
app.use(express.json());

app.get('/logo.svg', (req: Request, res: Response) => {
  const file = fs.readFileSync('public/logo.svg');
  // ok: CWE-327
  const etag = crypto.createHash('md5').update(file).digest('hex');
  res.json({ etag });
});

app.listen(3000);
