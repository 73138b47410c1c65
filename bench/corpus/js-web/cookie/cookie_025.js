// Session flag values come from constants that are true.
const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

const SECURE_COOKIES = true;

app.post('/login', (req, res) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // ok: CWE-1004
  res.cookie('sid', value, { secure: SECURE_COOKIES, httpOnly: SECURE_COOKIES });
  res.json({ ok: true });
});

app.listen(3000);
