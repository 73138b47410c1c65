// Log grep: the request value is overwritten by a constant before use.
import express from 'express';
import fs from 'fs';

const app = express();
app.use(express.json());

app.get('/logs/grep', (req, res) => {
  const term = req.query.term;
  let chosen = term;
  chosen = 'ERROR';
  const log = fs.readFileSync('/var/log/app.log', 'utf8');
  // ok: CWE-1333
  const lines = log.match(new RegExp('^.*' + chosen + '.*$', 'gm')) || [];
  res.json({ count: lines.length });
});

app.listen(3000);
