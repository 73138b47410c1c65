// Static files served from the decoded request path.
import express, { Request, Response } from 'express';
import { readFile } from 'fs/promises';
import path from 'path';

const app = express();
app.use(express.json());

const PUBLIC = path.resolve('public');

app.get('/static/*', async (req: Request, res: Response) => {
  const rel = decodeURIComponent(req.path.slice('/static/'.length));
  // expect: CWE-22
  const body = await readFile(path.join(PUBLIC, rel));
  res.type('text/plain').send(body);
});

app.listen(3000);
