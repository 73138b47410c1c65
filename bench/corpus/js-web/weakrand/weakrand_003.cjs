// SMS login code from crypto.randomInt.
const express = require('express');
const crypto = require('crypto');
const { sendSms } = require('./sms');

const router = express.Router();

router.post('/login/sms', async (req, res) => {
  const phone = req.body.phone;
  // ok: CWE-330
  const otp = crypto.randomInt(100000, 1000000);
  await sendSms(phone, `Your code is ${otp}`);
  res.json({ sent: true });
});

module.exports = router;
