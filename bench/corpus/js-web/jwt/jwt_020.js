// Token check whose verify options are built by a helper without algorithms.
const express = require('express');
const jwt = require('jsonwebtoken');
const fs = require('fs');

const app = express();
app.use(express.json());

const PUBLIC_KEY = fs.readFileSync('keys/auth-public.pem');
function verifyOptions(audience) {
  return { issuer: 'auth.example.com', audience };
}

app.get('/me', (req, res) => {
  const token = req.get('X-Auth-Token');
  // expect: CWE-347
  const claims = jwt.verify(token, PUBLIC_KEY, verifyOptions('shop'));
  res.json({ sub: claims.sub });
});

app.listen(3000);
