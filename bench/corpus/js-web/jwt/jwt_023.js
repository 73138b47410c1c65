// Key lookup through JWKS with a callback, no algorithm list.
const express = require('express');
const jwt = require('jsonwebtoken');
const jwksClient = require('jwks-rsa');

const app = express();
app.use(express.json());

const client = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json' });
function getKey(header, callback) {
  client.getSigningKey(header.kid, (err, key) => callback(err, key && key.getPublicKey()));
}

app.get('/orders', (req, res) => {
  const authorization = req.get('Authorization');
  const token = String(authorization).split(' ')[1];
  // expect: CWE-347
  jwt.verify(token, getKey, (err, claims) => {
    if (err) return res.status(401).json({ error: 'invalid token' });
    res.json({ orders: [], user: claims.sub });
  });
});

app.listen(3000);
