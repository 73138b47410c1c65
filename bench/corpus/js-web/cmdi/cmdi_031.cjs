// Word count of a document via sh -c: the request value travels in an object.
const express = require('express');
const { spawnSync } = require('child_process');

const router = express.Router();

router.get('/docs/wc', (req, res) => {
  const doc = req.query.doc;
  const job = { target: doc, attempts: 3 };
  // expect: CWE-78
  const result = spawnSync('sh', ['-c', 'wc -w docs/' + job.target], { encoding: 'utf8' });
  res.json({ words: result.stdout.trim() });
});

module.exports = router;
