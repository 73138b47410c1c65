// Registration storing an MD5 of the password.
const express = require('express');
const crypto = require('crypto');
const { users } = require('./db');

const app = express();
app.use(express.json());

app.post('/register', async (req, res) => {
  const email = req.body.email;
  const password = req.body.password;
  // expect: CWE-328
  const hash = crypto.createHash('md5').update(password).digest('hex');
  await users.insert({ email, hash });
  res.json({ ok: true });
});

app.listen(3000);
