// Remember-me cookie from shared options that turn HttpOnly off.
import express from 'express';
import crypto from 'crypto';

const app = express();
app.use(express.json());

const COOKIE_OPTIONS = { secure: true, httpOnly: false, sameSite: "strict" };

app.post('/login', (req, res) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // expect: CWE-1004
  res.cookie('remember_me', value, COOKIE_OPTIONS);
  res.json({ ok: true });
});

app.listen(3000);
