// Login issuing tokens signed with a key written in the source.
const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
app.use(express.json());

// expect: CWE-798
const JWT_SECRET = 'sup3r-s3cr3t-signing-key-2024';

app.post('/login', (req, res) => {
  const userId = req.body.userId;
  const token = jwt.sign({ sub: userId }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
  res.json({ token });
});

app.listen(3000);
