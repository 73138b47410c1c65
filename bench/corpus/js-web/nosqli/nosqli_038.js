// Login against a mongoose model: an allow-list check returns early.
const express = require('express');
const User = require('./models/user');

const app = express();
app.use(express.json());

const ALLOWED = ['demo', 'guest'];

app.post('/login', async (req, res) => {
  const username = req.body.username;
  if (!ALLOWED.includes(username)) {
    return res.status(400).send('not allowed');
  }
  // ok: CWE-943
  const user = await User.findOne({ username: username, active: true });
  res.json({ found: Boolean(user) });
});

app.listen(3000);
