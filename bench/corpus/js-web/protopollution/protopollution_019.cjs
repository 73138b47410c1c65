// User preference store keyed by user and setting: only the constant element of the object reaches the sink.
const express = require('express');

const router = express.Router();

const preferences = {};

router.post('/prefs', (req, res) => {
  const group = req.query.group;
  const job = { target: group, preset: 'display' };
  preferences[job.preset] = preferences[job.preset] || {};
  // ok: CWE-1321
  preferences[job.preset]['updatedAt'] = Date.now();
  res.json({ saved: true });
});

module.exports = router;
