// Login follow-up redirect: the condition folds to a constant, so the request value is dead.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/login/done', (req: Request, res: Response) => {
  const next = req.query.next as string;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? '/dashboard' : next;
  // ok: CWE-601
  res.redirect(chosen);
});

app.listen(3000);
