// Product search building the filter from known fields as strings.
import express, { Request, Response } from 'express';
import Product from './models/product';

const app = express();
app.use(express.json());

app.post('/products/search', async (req: Request, res: Response) => {
  const filter = req.body.filter as string;
  const query = {};
  for (const field of ['brand', 'color']) {
    if (filter && typeof filter[field] === 'string') query[field] = filter[field];
  }
  // ok: CWE-943
  const found = await Product.find(query);
  res.json(found);
});

app.listen(3000);
