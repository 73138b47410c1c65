// Session cookie set with no options at all.
const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // expect: CWE-614
  res.cookie('session', value);
  res.json({ ok: true });
});

app.listen(3000);
