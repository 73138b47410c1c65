// Search results page: the value is converted to a number first.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/search', (req: Request, res: Response) => {
  const q = req.query.q as string;
  const n = Number.parseInt(q, 10);
  if (Number.isNaN(n)) {
    return res.status(400).send('expected a number');
  }
  // ok: CWE-79
  res.send('<h1>Results for ' + n + '</h1>');
});

app.listen(3000);
