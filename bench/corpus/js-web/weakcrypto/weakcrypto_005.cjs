// Webhook signature computed as MD5(secret + body).
const express = require('express');
const crypto = require('crypto');

const router = express.Router();

const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET;

router.post('/webhooks/outgoing', (req, res) => {
  const event = req.body.event;
  const payload = JSON.stringify(event);
  // expect: CWE-328
  const signature = crypto.createHash('md5').update(WEBHOOK_SECRET + payload).digest('hex');
  res.json({ payload, signature });
});

module.exports = router;
