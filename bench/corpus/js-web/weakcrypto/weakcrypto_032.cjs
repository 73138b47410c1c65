// Cache key for a proxied URL from MD5 (not a security control).
const express = require('express');
const crypto = require('crypto');

const router = express.Router();

const cache = new Map();

router.get('/proxy-cache', (req, res) => {
  const url = req.query.url;
  // ok: CWE-327
  const cacheKey = crypto.createHash('md5').update(String(url)).digest('hex');
  res.json({ hit: cache.has(cacheKey) });
});

module.exports = router;
