// Password hashed with PBKDF2 at 1000 iterations of SHA-1.
const express = require('express');
const crypto = require('crypto');
const { users } = require('./db');

const app = express();
app.use(express.json());

app.post('/register', async (req, res) => {
  const email = req.body.email;
  const password = req.body.password;
  const salt = crypto.randomBytes(16);
  // expect: CWE-916
  const hash = crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha1');
  await users.insert({ email, salt: salt.toString('hex'), hash: hash.toString('hex') });
  res.json({ ok: true });
});

app.listen(3000);
