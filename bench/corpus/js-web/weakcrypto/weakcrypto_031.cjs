// Content-addressed upload names from SHA-256.
const express = require('express');
const { createHash } = require('crypto');

const router = express.Router();

router.post('/uploads', (req, res) => {
  const content = req.body.content;
  // ok: CWE-327
  const name = createHash('sha256').update(String(content)).digest('hex');
  res.json({ name });
});

module.exports = router;
