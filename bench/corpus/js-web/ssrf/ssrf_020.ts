// Link preview fetcher: the condition folds to a constant, so the request value is dead.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/preview', async (req: Request, res: Response) => {
  const url = req.query.url as string;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'https://example.com/' : url;
  // ok: CWE-918
  const response = await fetch(chosen);
  const html = await response.text();
  res.json({ length: html.length });
});

app.listen(3000);
