// Session cookie with Secure, HttpOnly and SameSite.
import express from 'express';
import crypto from 'crypto';

const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // ok: CWE-614
  res.cookie('session', value, { httpOnly: true, secure: true, sameSite: "lax" });
  res.json({ ok: true });
});

app.listen(3000);
