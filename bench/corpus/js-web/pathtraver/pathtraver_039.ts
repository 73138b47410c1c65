// Static help pages: the request value is overwritten by a constant before use.
import express, { Request, Response } from 'express';
import path from 'path';

const app = express();
app.use(express.json());

app.get('/help', (req: Request, res: Response) => {
  const page = req.query.page as string;
  let chosen = page;
  chosen = 'index';
  // ok: CWE-22
  res.sendFile(path.resolve('help', chosen + '.html'));
});

app.listen(3000);
