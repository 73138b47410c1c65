// Invitation codes from Math.random.
const express = require('express');

const router = express.Router();

router.post('/invites', (req, res) => {
  // expect: CWE-330
  const inviteCode = Math.random().toString(36).substring(2, 10).toUpperCase();
  res.json({ inviteCode });
});

module.exports = router;
