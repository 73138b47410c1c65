// Logout redirect with a Location header: request value trimmed and lower-cased first.
const express = require('express');

const router = express.Router();

router.get('/logout', (req, res) => {
  const returnTo = req.query.returnTo;
  const value = String(returnTo).trim().toLowerCase();
  // expect: CWE-601
  res.writeHead(302, { Location: value });
  res.end();
});

module.exports = router;
