// Static help pages: only the constant element of the object reaches the sink.
const express = require('express');
const path = require('path');

const router = express.Router();

router.get('/help', (req, res) => {
  const page = req.query.page;
  const job = { target: page, preset: 'index' };
  // ok: CWE-22
  res.sendFile(path.resolve('help', job.preset + '.html'));
});

module.exports = router;
