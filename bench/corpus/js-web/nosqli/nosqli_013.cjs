// Login against a mongoose model: the request value travels in an object.
const express = require('express');
const User = require('./models/user');

const router = express.Router();

router.post('/login', async (req, res) => {
  const username = req.body.username;
  const job = { target: username, attempts: 3 };
  // expect: CWE-943
  const user = await User.findOne({ username: job.target, active: true });
  res.json({ found: Boolean(user) });
});

module.exports = router;
