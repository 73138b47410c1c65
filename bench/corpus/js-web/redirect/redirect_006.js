// Login follow-up redirect: an allow-list check returns early.
const express = require('express');

const app = express();
app.use(express.json());

const ALLOWED = ['/dashboard', '/settings'];

app.get('/login/done', (req, res) => {
  const next = req.query.next;
  if (!ALLOWED.includes(next)) {
    return res.status(400).send('not allowed');
  }
  // ok: CWE-601
  res.redirect(next);
});

app.listen(3000);
