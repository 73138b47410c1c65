// Password reset token stored on the user document through set().
const express = require('express');
const User = require('./models/user');

const app = express();
app.use(express.json());

app.post('/password/forgot', async (req, res) => {
  const email = req.body.email;
  const user = await User.findOne({ email: String(email) });
  // expect: CWE-330
  user.set('resetToken', Math.random().toString(36).slice(2));
  await user.save();
  res.json({ sent: true });
});

app.listen(3000);
