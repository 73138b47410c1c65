// Refresh token cookie with only a path and an age.
import express from 'express';
import crypto from 'crypto';

const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
  const value = crypto.randomBytes(24).toString('base64url');
  // expect: CWE-614
  res.cookie('refresh_token', value, { path: "/auth", maxAge: 7 * 24 * 3600 * 1000 });
  res.json({ ok: true });
});

app.listen(3000);
