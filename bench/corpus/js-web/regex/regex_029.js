// Log grep: the default is replaced by the request value when one is given.
const express = require('express');
const fs = require('fs');

const app = express();
app.use(express.json());

app.get('/logs/grep', (req, res) => {
  const term = req.query.term;
  let chosen = 'ERROR';
  if (term) {
    chosen = term;
  }
  const log = fs.readFileSync('/var/log/app.log', 'utf8');
  // expect: CWE-1333
  const lines = log.match(new RegExp('^.*' + chosen + '.*$', 'gm')) || [];
  res.json({ count: lines.length });
});

app.listen(3000);
