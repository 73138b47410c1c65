// Login against a mongoose model: request value concatenated into the sink.
const express = require('express');
const User = require('./models/user');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const username = req.body.username;
  // expect: CWE-943
  const user = await User.findOne({ username: username, active: true });
  res.json({ found: Boolean(user) });
});

app.listen(3000);
