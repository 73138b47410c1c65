// Refresh endpoint trusting the decoded payload for the new token.
const express = require('express');
const jwt = require('jsonwebtoken');

const router = express.Router();

const SIGNING_KEY = process.env.SIGNING_KEY;

router.post('/token/refresh', (req, res) => {
  const refreshToken = req.body.refreshToken;
  // expect: CWE-347
  const old = jwt.decode(refreshToken);
  const fresh = jwt.sign({ sub: old.sub, role: old.role }, SIGNING_KEY, { algorithm: 'HS256', expiresIn: '15m' });
  res.json({ token: fresh });
});

module.exports = router;
