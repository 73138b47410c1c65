// CORS headers set by hand after an allow-list check.
const express = require('express');

const router = express.Router();

const ALLOWED_ORIGINS = ['https://app.example.com', 'https://m.example.com'];

router.get('/api/account', (req, res) => {
  const origin = req.headers.origin;
  if (ALLOWED_ORIGINS.includes(origin)) {
    // ok: CWE-942
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  res.json({ balance: 120 });
});

module.exports = router;
