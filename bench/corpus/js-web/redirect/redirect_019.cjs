// Login follow-up redirect: the request value travels in an object.
const express = require('express');

const router = express.Router();

router.get('/login/done', (req, res) => {
  const next = req.query.next;
  const job = { target: next, attempts: 3 };
  // expect: CWE-601
  res.redirect(job.target);
});

module.exports = router;
