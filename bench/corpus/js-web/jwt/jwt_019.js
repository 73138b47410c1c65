// Bearer check verifying with the public key but accepting any algorithm.
const express = require('express');
const jwt = require('jsonwebtoken');
const fs = require('fs');

const app = express();
app.use(express.json());

const PUBLIC_KEY = fs.readFileSync('keys/auth-public.pem');

app.get('/account', (req, res) => {
  const authorization = req.get('Authorization');
  const token = String(authorization).replace('Bearer ', '');
  // expect: CWE-347
  const claims = jwt.verify(token, PUBLIC_KEY);
  res.json({ user: claims.sub });
});

app.listen(3000);
