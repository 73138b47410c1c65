// Product search passing the whole query object as the filter.
import express from 'express';
import Product from './models/product';

const app = express();
app.use(express.json());

app.post('/products/search', async (req, res) => {
  // expect: CWE-943
  const found = await Product.find(req.body.filter);
  res.json(found);
});

app.listen(3000);
