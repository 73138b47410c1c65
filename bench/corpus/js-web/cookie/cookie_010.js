// Login cookie whose options come from a helper that leaves Secure out.
const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());

function sessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax", maxAge: 8 * 3600 * 1000 };
}

app.post('/login', (req, res) => {
  const sid = crypto.randomBytes(24).toString('hex');
  // expect: CWE-614
  res.cookie('sid', sid, sessionCookieOptions());
  res.json({ ok: true });
});

app.listen(3000);
