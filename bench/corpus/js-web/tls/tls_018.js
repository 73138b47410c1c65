// Inventory sync over https.request with the internal CA.
const express = require('express');
const https = require('https');
const fs = require('fs');

const app = express();
app.use(express.json());

const INTERNAL_CA = fs.readFileSync('/etc/ssl/internal-ca.pem');

app.get('/inventory/sync', (req, res) => {
  // ok: CWE-295
  const upstream = https.request({ hostname: 'erp.internal', port: 443, path: '/api/stock', method: 'GET', ca: [INTERNAL_CA] }, (reply) => reply.pipe(res));
  upstream.end();
});

app.listen(3000);
