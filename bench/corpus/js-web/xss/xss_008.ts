// Search results page: the condition folds to a constant, so the request value is dead.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/search', (req: Request, res: Response) => {
  const q = req.query.q as string;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'all products' : q;
  // ok: CWE-79
  res.send('<h1>Results for ' + chosen + '</h1>');
});

app.listen(3000);
