// Link preview fetcher: the request value travels in an object.
const express = require('express');

const router = express.Router();

router.get('/preview', async (req, res) => {
  const url = req.query.url;
  const job = { target: url, attempts: 3 };
  // expect: CWE-918
  const response = await fetch(job.target);
  const html = await response.text();
  res.json({ length: html.length });
});

module.exports = router;
