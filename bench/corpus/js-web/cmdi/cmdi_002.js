// Word count of a document via sh -c: an allow-list check returns early.
const express = require('express');
const { spawnSync } = require('child_process');

const app = express();
app.use(express.json());

const ALLOWED = ['README.md', 'CHANGELOG.md'];

app.get('/docs/wc', (req, res) => {
  const doc = req.query.doc;
  if (!ALLOWED.includes(doc)) {
    return res.status(400).send('not allowed');
  }
  // ok: CWE-78
  const result = spawnSync('sh', ['-c', 'wc -w docs/' + doc], { encoding: 'utf8' });
  res.json({ words: result.stdout.trim() });
});

app.listen(3000);
