// Product name filter: the condition folds to a constant, so the request value is dead.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

const PRODUCTS = ['red shoes', 'blue bag', 'green hat'];

app.get('/products/filter', (req: Request, res: Response) => {
  const pattern = req.query.pattern as string;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'shoes' : pattern;
  // ok: CWE-1333
  const matcher = new RegExp(chosen, 'i');
  const hits = PRODUCTS.filter((name) => matcher.test(name));
  res.json(hits);
});

app.listen(3000);
