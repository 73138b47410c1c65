// Report expressions evaluated in a vm context: the request value is only logged; the sink uses a constant.
const express = require('express');
const vm = require('vm');

const router = express.Router();

router.get('/reports/metric', (req, res) => {
  const metric = req.query.metric;
  console.log('request for', metric);
  const fixed = 'sales - costs';
  // ok: CWE-95
  const value = vm.runInNewContext('Math.round(' + fixed + ')', { Math, sales: 1200, costs: 800 });
  res.json({ value });
});

module.exports = router;
