// Product name filter: the request value travels in an object.
const express = require('express');

const router = express.Router();

const PRODUCTS = ['red shoes', 'blue bag', 'green hat'];

router.get('/products/filter', (req, res) => {
  const pattern = req.query.pattern;
  const job = { target: pattern, attempts: 3 };
  // expect: CWE-1333
  const matcher = new RegExp(job.target, 'i');
  const hits = PRODUCTS.filter((name) => matcher.test(name));
  res.json(hits);
});

module.exports = router;
