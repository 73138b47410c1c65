// Remember-me cookie from shared hardened options.
const express = require('express');
const crypto = require('crypto');

const router = express.Router();

const COOKIE_OPTIONS = { secure: true, httpOnly: true, sameSite: "strict" };

router.post('/login', (req, res) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // ok: CWE-614
  res.cookie('remember_me', value, COOKIE_OPTIONS);
  res.json({ ok: true });
});

module.exports = router;
