// Webhook verification with a literal HMAC key.
const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.post('/webhooks/github', (req, res) => {
  const signature = req.get('X-Hub-Signature-256');
  // expect: CWE-798
  const expected = 'sha256=' + crypto.createHmac('sha256', 'gh-webhook-9f8e7d6c5b4a').update(JSON.stringify(req.body)).digest('hex');
  res.json({ valid: expected === signature });
});

module.exports = router;
