// Inventory sync over https.request without verification.
const express = require('express');
const https = require('https');

const router = express.Router();

router.get('/inventory/sync', (req, res) => {
  // expect: CWE-295
  const upstream = https.request({ hostname: 'erp.internal', port: 443, path: '/api/stock', method: 'GET', rejectUnauthorized: false }, (reply) => reply.pipe(res));
  upstream.end();
});

module.exports = router;
