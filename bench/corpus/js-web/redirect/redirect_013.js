// Login follow-up: only same-origin paths are followed.
const express = require('express');

const app = express();
app.use(express.json());

const ORIGIN = 'https://shop.example.com';

app.get('/login/done', (req, res) => {
  const next = req.query.next;
  const url = new URL(String(next || '/'), ORIGIN);
  if (url.origin !== ORIGIN) {
    return res.status(400).send('bad redirect');
  }
  // ok: CWE-601
  res.redirect(url.pathname + url.search);
});

app.listen(3000);
