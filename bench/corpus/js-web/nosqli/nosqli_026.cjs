// Account removal by e-mail: the request value is only logged; the sink uses a constant.
const express = require('express');
const User = require('./models/user');

const router = express.Router();

router.delete('/accounts', async (req, res) => {
  const email = req.body.email;
  console.log('request for', email);
  const fixed = 'nobody@example.com';
  // ok: CWE-943
  const outcome = await User.deleteMany({ email: fixed });
  res.json({ removed: outcome.deletedCount });
});

module.exports = router;
