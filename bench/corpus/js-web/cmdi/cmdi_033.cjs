// Git history for a branch: only the constant element of the object reaches the sink.
const express = require('express');
const cp = require('node:child_process');

const router = express.Router();

router.get('/repo/log', (req, res) => {
  const branch = req.query.branch;
  const job = { target: branch, preset: 'main' };
  // ok: CWE-78
  const log = cp.execSync('git log --oneline -n 20 ' + job.preset).toString();
  res.json({ commits: log.split('\n') });
});

module.exports = router;
