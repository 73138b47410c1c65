// Static help pages: the value is copied through an array.
import express, { Request, Response } from 'express';
import path from 'path';

const app = express();
app.use(express.json());

app.get('/help', (req: Request, res: Response) => {
  const page = req.query.page as string;
  const values = ['index', page];
  const picked = values[1];
  // expect: CWE-22
  res.sendFile(path.resolve('help', picked + '.html'));
});

app.listen(3000);
