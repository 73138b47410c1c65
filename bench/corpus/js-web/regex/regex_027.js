// Product name filter: an allow-list check returns early.
const express = require('express');

const app = express();
app.use(express.json());

const PRODUCTS = ['red shoes', 'blue bag', 'green hat'];
const ALLOWED = ['shoes', 'bag'];

app.get('/products/filter', (req, res) => {
  const pattern = req.query.pattern;
  if (!ALLOWED.includes(pattern)) {
    return res.status(400).send('not allowed');
  }
  // ok: CWE-1333
  const matcher = new RegExp(pattern, 'i');
  const hits = PRODUCTS.filter((name) => matcher.test(name));
  res.json(hits);
});

app.listen(3000);
