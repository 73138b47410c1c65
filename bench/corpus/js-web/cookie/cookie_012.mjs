// Auth cookie marked Secure and HttpOnly.
import express from 'express';
import crypto from 'crypto';

const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // ok: CWE-1004
  res.cookie('auth', value, { httpOnly: true, secure: true, maxAge: 3600 * 1000 });
  res.json({ ok: true });
});

app.listen(3000);
