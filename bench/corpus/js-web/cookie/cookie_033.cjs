// Session flag values come from constants that are true.
const express = require('express');
const crypto = require('crypto');

const router = express.Router();

const SECURE_COOKIES = true;

router.post('/login', (req, res) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // ok: CWE-1004
  res.cookie('sid', value, { secure: SECURE_COOKIES, httpOnly: SECURE_COOKIES });
  res.json({ ok: true });
});

module.exports = router;
