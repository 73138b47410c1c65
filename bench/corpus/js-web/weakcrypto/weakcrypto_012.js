// Feed encrypted with ChaCha20-Poly1305.
const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

const STREAM_KEY = Buffer.from(process.env.STREAM_KEY, 'hex');

app.get('/feed', (req, res) => {
  const nonce = crypto.randomBytes(12);
  // ok: CWE-327
  const cipher = crypto.createCipheriv('chacha20-poly1305', STREAM_KEY, nonce, { authTagLength: 16 });
  const body = Buffer.concat([cipher.update('latest feed'), cipher.final()]);
  res.json({ nonce: nonce.toString('hex'), body: body.toString('base64') });
});

app.listen(3000);
