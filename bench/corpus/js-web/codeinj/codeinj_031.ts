// Calculator endpoint: the condition folds to a constant, so the request value is dead.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/calc', (req: Request, res: Response) => {
  const expr = req.query.expr as string;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? '2 * 21' : expr;
  // ok: CWE-95
  const result = eval('(' + chosen + ')');
  res.json({ result });
});

app.listen(3000);
