// Download of an uploaded file: the condition folds to a constant, so the request value is dead.
import express, { Request, Response } from 'express';
import fs from 'fs';
import path from 'path';

const app = express();
app.use(express.json());

const UPLOADS = '/srv/app/uploads';

app.get('/files', (req: Request, res: Response) => {
  const name = req.query.name as string;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'terms.txt' : name;
  // ok: CWE-22
  const data = fs.readFileSync(path.join(UPLOADS, chosen), 'utf8');
  res.type('text/plain').send(data);
});

app.listen(3000);
