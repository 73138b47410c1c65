// Stream obfuscation with RC4.
import express from 'express';
import crypto from 'crypto';

const app = express();
app.use(express.json());

const STREAM_KEY = process.env.STREAM_KEY;

app.get('/feed', (req, res) => {
  // expect: CWE-327
  const rc4 = crypto.createCipheriv('rc4', STREAM_KEY, '');
  const body = rc4.update('latest feed', 'utf8', 'base64');
  res.json({ body });
});

app.listen(3000);
