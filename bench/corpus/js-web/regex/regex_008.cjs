// Username validation rule from the form: only the constant element of the object reaches the sink.
const express = require('express');

const router = express.Router();

router.post('/validate', (req, res) => {
  const rule = req.body.rule;
  const job = { target: rule, preset: '[a-z_0-9]+' };
  // ok: CWE-1333
  const ok = RegExp('^(' + job.preset + ')$').test('alice_smith_2024');
  res.json({ ok });
});

module.exports = router;
