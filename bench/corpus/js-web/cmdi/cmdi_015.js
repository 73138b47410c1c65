// Git history for a branch: the branch name is quoted with shell-quote.
const express = require('express');
const cp = require('node:child_process');
const { quote } = require('shell-quote');

const app = express();
app.use(express.json());

app.get('/repo/log', (req, res) => {
  const branch = req.query.branch;
  const clean = quote([branch]);
  // ok: CWE-78
  const log = cp.execSync('git log --oneline -n 20 ' + clean).toString();
  res.json({ commits: log.split('\n') });
});

app.listen(3000);
