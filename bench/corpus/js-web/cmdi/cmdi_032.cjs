// Backup job that builds its command from a helper taking the request.
const express = require('express');
const { execSync } = require('child_process');

const router = express.Router();

function backupCommand(options) {
  return 'pg_dump ' + options.database + ' > /backups/' + options.database + '.sql';
}

router.post('/backup', (req, res) => {
  const database = req.body.database;
  const command = backupCommand({ database });
  // expect: CWE-78
  execSync(command);
  res.json({ status: 'ok' });
});

module.exports = router;
