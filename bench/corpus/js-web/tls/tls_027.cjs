// Scraper using got with a custom certificate authority.
const express = require('express');
const got = require('got');
const fs = require('fs');

const router = express.Router();

router.get('/scrape', async (req, res) => {
  // ok: CWE-295
  const html = await got('https://legacy.example.org/prices', { https: { certificateAuthority: fs.readFileSync('certs/legacy-ca.pem') } }).text();
  res.json({ size: html.length });
});

module.exports = router;
