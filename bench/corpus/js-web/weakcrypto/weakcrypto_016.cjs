// Git blob ids, which the git protocol defines as SHA-1 of the content.
const express = require('express');
const crypto = require('crypto');

const router = express.Router();

function gitBlobId(content) {
  const body = Buffer.from(content);
  // ok: CWE-327
  return crypto.createHash('sha1').update(`blob ${body.length}\0`).update(body).digest('hex');
}

router.post('/blobs', (req, res) => {
  const content = req.body.content;
  res.json({ oid: gitBlobId(String(content)) });
});

module.exports = router;
