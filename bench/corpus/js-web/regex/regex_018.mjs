// Product name filter: the value is copied through an array.
import express from 'express';

const app = express();
app.use(express.json());

const PRODUCTS = ['red shoes', 'blue bag', 'green hat'];

app.get('/products/filter', (req, res) => {
  const pattern = req.query.pattern;
  const values = ['shoes', pattern];
  const picked = values[1];
  // expect: CWE-1333
  const matcher = new RegExp(picked, 'i');
  const hits = PRODUCTS.filter((name) => matcher.test(name));
  res.json(hits);
});

app.listen(3000);
