// JWKS key lookup with a callback and a pinned algorithm.
const express = require('express');
const jwt = require('jsonwebtoken');
const jwksClient = require('jwks-rsa');

const router = express.Router();

const client = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json' });
function getKey(header, callback) {
  client.getSigningKey(header.kid, (err, key) => callback(err, key && key.getPublicKey()));
}

router.get('/orders', (req, res) => {
  const authorization = req.get('Authorization');
  const token = String(authorization).split(' ')[1];
  // ok: CWE-347
  jwt.verify(token, getKey, { algorithms: ['RS256'] }, (err, claims) => {
    if (err) return res.status(401).json({ error: 'invalid token' });
    res.json({ orders: [], user: claims.sub });
  });
});

module.exports = router;
