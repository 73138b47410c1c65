// Password check with PBKDF2 at a high iteration count.
const express = require('express');
const { pbkdf2Sync, timingSafeEqual } = require('crypto');
const { users } = require('./db');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const email = req.body.email;
  const password = req.body.password;
  const user = await users.findByEmail(email);
  // ok: CWE-327
  const derived = pbkdf2Sync(password, user.salt, 310000, 32, 'sha256');
  res.json({ ok: timingSafeEqual(derived, Buffer.from(user.hash, 'hex')) });
});

app.listen(3000);
