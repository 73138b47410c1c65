// Image proxy over http.get: an allow-list check returns early.
const express = require('express');
const http = require('http');

const router = express.Router();

const ALLOWED = ['cdn.example.com/logo.png', 'cdn.example.com/icon.png'];

router.get('/img', (req, res) => {
  const src = req.query.src;
  if (!ALLOWED.includes(src)) {
    return res.status(400).send('not allowed');
  }
  // ok: CWE-918
  http.get('http://' + src, (upstream) => upstream.pipe(res));
});

module.exports = router;
