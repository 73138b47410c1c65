// Product name filter: request value concatenated into the sink.
const express = require('express');

const app = express();
app.use(express.json());

const PRODUCTS = ['red shoes', 'blue bag', 'green hat'];

app.get('/products/filter', (req, res) => {
  const pattern = req.query.pattern;
  // expect: CWE-1333
  const matcher = new RegExp(pattern, 'i');
  const hits = PRODUCTS.filter((name) => matcher.test(name));
  res.json(hits);
});

app.listen(3000);
