// Calculator endpoint: the value is converted to a number first.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/calc', (req: Request, res: Response) => {
  const expr = req.query.expr as string;
  const n = Number.parseInt(expr, 10);
  if (Number.isNaN(n)) {
    return res.status(400).send('expected a number');
  }
  // ok: CWE-95
  const result = eval('(' + n + ')');
  res.json({ result });
});

app.listen(3000);
