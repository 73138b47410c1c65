// Theme preference cookie: not a secret, readable by the page on purpose.
const express = require('express');

const app = express();
app.use(express.json());

app.post('/theme', (req, res) => {
  const theme = req.body.theme;
  // ok: CWE-614
  res.cookie('theme', theme === 'dark' ? 'dark' : 'light', { maxAge: 365 * 24 * 3600 * 1000, sameSite: "lax" });
  res.json({ ok: true });
});

app.listen(3000);
