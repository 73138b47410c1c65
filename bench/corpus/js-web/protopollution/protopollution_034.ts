// Feature flag toggle per section: the condition folds to a constant, so the request value is dead.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

const flags = { search: {}, checkout: {}, beta: {} };

app.post('/flags/enable', (req: Request, res: Response) => {
  const section = req.body.section as string;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'beta' : section;
  // ok: CWE-1321
  flags[chosen].enabled = true;
  res.json(flags);
});

app.listen(3000);
