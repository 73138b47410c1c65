// The global HTTPS agent is told to accept any certificate.
const express = require('express');
const https = require('https');

const app = express();
app.use(express.json());

// expect: CWE-295
https.globalAgent.options.rejectUnauthorized = false;

app.get('/rates', async (req, res) => {
  const reply = await fetch('https://rates.partner.example/latest');
  res.json(await reply.json());
});

app.listen(3000);
