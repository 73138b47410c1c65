// Git history for a branch: the request value is only logged; the sink uses a constant.
const express = require('express');
const cp = require('node:child_process');

const router = express.Router();

router.get('/repo/log', (req, res) => {
  const branch = req.query.branch;
  console.log('request for', branch);
  const fixed = 'main';
  // ok: CWE-78
  const log = cp.execSync('git log --oneline -n 20 ' + fixed).toString();
  res.json({ commits: log.split('\n') });
});

module.exports = router;
