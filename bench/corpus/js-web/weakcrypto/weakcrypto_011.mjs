// Registration hashing the password with scrypt and a random salt.
import express from 'express';
import crypto from 'crypto';
import { users } from './db';

const app = express();
app.use(express.json());

app.post('/register', async (req, res) => {
  const email = req.body.email;
  const password = req.body.password;
  const salt = crypto.randomBytes(16);
  // ok: CWE-327
  const hash = crypto.scryptSync(password, salt, 64);
  await users.insert({ email, salt: salt.toString('hex'), hash: hash.toString('hex') });
  res.json({ ok: true });
});

app.listen(3000);
