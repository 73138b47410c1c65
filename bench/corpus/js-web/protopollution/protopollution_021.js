// Feature flag toggle per section: an allow-list check returns early.
const express = require('express');

const app = express();
app.use(express.json());

const flags = { search: {}, checkout: {}, beta: {} };
const ALLOWED = ['search', 'checkout'];

app.post('/flags/enable', (req, res) => {
  const section = req.body.section;
  if (!ALLOWED.includes(section)) {
    return res.status(400).send('not allowed');
  }
  // ok: CWE-1321
  flags[section].enabled = true;
  res.json(flags);
});

app.listen(3000);
