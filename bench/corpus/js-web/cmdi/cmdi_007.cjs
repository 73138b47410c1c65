// Repository import with execFile and an argument list; `--` ends the options.
const express = require('express');
const { execFileSync } = require('child_process');

const router = express.Router();

router.post('/repos/import', (req, res) => {
  const repo = req.body.repo;
  // ok: CWE-78
  execFileSync('git', ['clone', '--depth', '1', '--', String(repo), '/srv/repos/incoming']);
  res.json({ status: 'cloned' });
});

module.exports = router;
