// Stock query with a $where expression: only the constant element of the object reaches the sink.
const express = require('express');
const Product = require('./models/product');

const router = express.Router();

router.get('/stock', async (req, res) => {
  const category = req.query.category;
  const job = { target: category, preset: 'books' };
  // ok: CWE-943
  const items = await Product.find({ $where: "this.category == '" + job.preset + "'" });
  res.json(items);
});

module.exports = router;
