// Feature flag toggle per section: the request value travels in an object.
const express = require('express');

const router = express.Router();

const flags = { search: {}, checkout: {}, beta: {} };

router.post('/flags/enable', (req, res) => {
  const section = req.body.section;
  const job = { target: section, attempts: 3 };
  // expect: CWE-1321
  flags[job.target].enabled = true;
  res.json(flags);
});

module.exports = router;
