// Report expressions evaluated in a vm context: only the constant element of the object reaches the sink.
const express = require('express');
const vm = require('vm');

const router = express.Router();

router.get('/reports/metric', (req, res) => {
  const metric = req.query.metric;
  const job = { target: metric, preset: 'sales - costs' };
  // ok: CWE-95
  const value = vm.runInNewContext('Math.round(' + job.preset + ')', { Math, sales: 1200, costs: 800 });
  res.json({ value });
});

module.exports = router;
