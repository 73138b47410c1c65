// Password reset: the token comes from Math.random.
const express = require('express');
const { saveResetToken } = require('./store');

const app = express();
app.use(express.json());

app.post('/password/forgot', async (req, res) => {
  const email = req.body.email;
  // expect: CWE-330
  const resetToken = Math.random().toString(36).slice(2);
  await saveResetToken(email, resetToken);
  res.json({ sent: true });
});

app.listen(3000);
