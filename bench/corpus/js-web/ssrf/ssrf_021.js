// Link preview fetcher: an allow-list check returns early.
const express = require('express');

const app = express();
app.use(express.json());

const ALLOWED = ['https://example.com/', 'https://example.org/'];

app.get('/preview', async (req, res) => {
  const url = req.query.url;
  if (!ALLOWED.includes(url)) {
    return res.status(400).send('not allowed');
  }
  // ok: CWE-918
  const response = await fetch(url);
  const html = await response.text();
  res.json({ length: html.length });
});

app.listen(3000);
