// Static files: only names from the manifest are served.
import express, { Request, Response } from 'express';
import { readFile } from 'fs/promises';
import path from 'path';

const app = express();
app.use(express.json());

const PUBLIC = path.resolve('public');
const MANIFEST = new Map([['app.js', 'app.4f2a.js'], ['app.css', 'app.91bc.css']]);

app.get('/static/:name', async (req: Request, res: Response) => {
  const name = req.params.name as string;
  const file = MANIFEST.get(name);
  if (!file) {
    return res.status(404).send('not found');
  }
  // ok: CWE-22
  const body = await readFile(path.join(PUBLIC, file));
  res.type('text/plain').send(body);
});

app.listen(3000);
