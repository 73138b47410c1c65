// Refresh endpoint verifying the refresh token before reissuing.
const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
app.use(express.json());

const SIGNING_KEY = process.env.SIGNING_KEY;

app.post('/token/refresh', (req, res) => {
  const refreshToken = req.body.refreshToken;
  // ok: CWE-347
  const old = jwt.verify(refreshToken, SIGNING_KEY, { algorithms: ['HS256'] });
  const fresh = jwt.sign({ sub: old.sub, role: old.role }, SIGNING_KEY, { algorithm: 'HS256', expiresIn: '15m' });
  res.json({ token: fresh });
});

app.listen(3000);
