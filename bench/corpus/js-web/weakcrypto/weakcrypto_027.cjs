// Remember-me cookie decrypted with createDecipher.
const express = require('express');
const crypto = require('crypto');

const router = express.Router();

const REMEMBER_SECRET = process.env.REMEMBER_SECRET;

router.get('/me', (req, res) => {
  const remember = req.cookies.remember;
  // expect: CWE-327
  const decipher = crypto.createDecipher('aes192', REMEMBER_SECRET);
  const userId = decipher.update(remember, 'hex', 'utf8') + decipher.final('utf8');
  res.json({ userId });
});

module.exports = router;
