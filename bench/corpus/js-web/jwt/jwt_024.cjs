// Service tokens signed with RS256.
const express = require('express');
const jwt = require('jsonwebtoken');
const fs = require('fs');

const router = express.Router();

const PRIVATE_KEY = fs.readFileSync('/run/secrets/jwt-private.pem');

router.post('/service-token', (req, res) => {
  const service = req.body.service;
  // ok: CWE-347
  const token = jwt.sign({ sub: service, scope: 'internal' }, PRIVATE_KEY, { algorithm: 'RS256', expiresIn: '10m' });
  res.json({ token });
});

module.exports = router;
