// Feature flag toggle per section: request value concatenated into the sink.
const express = require('express');

const app = express();
app.use(express.json());

const flags = { search: {}, checkout: {}, beta: {} };

app.post('/flags/enable', (req, res) => {
  const section = req.body.section;
  // expect: CWE-1321
  flags[section].enabled = true;
  res.json(flags);
});

app.listen(3000);
