// Pinned certificate check on top of normal verification.
const express = require('express');
const https = require('https');
const tls = require('tls');
const axios = require('axios');

const app = express();
app.use(express.json());

const PINNED = 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01';
// ok: CWE-295
const agent = new https.Agent({
  rejectUnauthorized: true,
  checkServerIdentity(host, cert) {
    const err = tls.checkServerIdentity(host, cert);
    if (err) return err;
    if (cert.fingerprint !== PINNED) return new Error('certificate pin mismatch');
    return undefined;
  },
});

app.get('/payments/health', async (req, res) => {
  const { data } = await axios.get('https://payments.example.com/health', { httpsAgent: agent });
  res.json(data);
});

app.listen(3000);
