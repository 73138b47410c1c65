// Random avatar colour for new profiles.
const express = require('express');

const app = express();
app.use(express.json());

const COLORS = ['#e57373', '#64b5f6', '#81c784', '#ffd54f'];

app.post('/profiles', (req, res) => {
  const displayName = req.body.displayName;
  // ok: CWE-330
  const color = COLORS[Math.floor(Math.random() * COLORS.length)];
  res.json({ displayName, color });
});

app.listen(3000);
