// Log grep: lodash escapeRegExp escapes the term.
const express = require('express');
const fs = require('fs');
const _ = require('lodash');

const app = express();
app.use(express.json());

app.get('/logs/grep', (req, res) => {
  const term = req.query.term;
  const clean = _.escapeRegExp(term);
  const log = fs.readFileSync('/var/log/app.log', 'utf8');
  // ok: CWE-1333
  const lines = log.match(new RegExp('^.*' + clean + '.*$', 'gm')) || [];
  res.json({ count: lines.length });
});

app.listen(3000);
