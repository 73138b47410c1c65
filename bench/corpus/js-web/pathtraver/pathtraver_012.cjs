// Static help pages: request value trimmed and lower-cased first.
const express = require('express');
const path = require('path');

const router = express.Router();

router.get('/help', (req, res) => {
  const page = req.query.page;
  const value = String(page).trim().toLowerCase();
  // expect: CWE-22
  res.sendFile(path.resolve('help', value + '.html'));
});

module.exports = router;
