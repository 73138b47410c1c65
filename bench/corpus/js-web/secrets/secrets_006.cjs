// Login form handler: constants name the fields, they are not secrets.
const express = require('express');

const router = express.Router();

// ok: CWE-798
const PASSWORD_FIELD = 'password';
const TOKEN_HEADER = 'x-auth-token';

router.post('/login/form', (req, res) => {
  const supplied = req.body?.[PASSWORD_FIELD];
  res.json({ hasPassword: Boolean(supplied), header: TOKEN_HEADER });
});

module.exports = router;
