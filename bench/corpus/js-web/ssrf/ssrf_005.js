// Link preview restricted to an allow-list of hosts.
const express = require('express');

const app = express();
app.use(express.json());

const PREVIEW_HOSTS = new Set(['example.com', 'docs.example.com']);

app.get('/preview', async (req, res) => {
  const url = req.query.url;
  const parsed = new URL(String(url));
  if (parsed.protocol !== 'https:' || !PREVIEW_HOSTS.has(parsed.hostname)) {
    return res.status(400).send('host not allowed');
  }
  // ok: CWE-918
  const response = await fetch('https://' + parsed.hostname + parsed.pathname);
  res.json({ status: response.status });
});

app.listen(3000);
