// Stock query with a $where expression: request value trimmed and lower-cased first.
import express, { Request, Response } from 'express';
import Product from './models/product';

const app = express();
app.use(express.json());

app.get('/stock', async (req: Request, res: Response) => {
  const category = req.query.category as string;
  const value = String(category).trim().toLowerCase();
  // expect: CWE-943
  const items = await Product.find({ $where: "this.category == '" + value + "'" });
  res.json(items);
});

app.listen(3000);
