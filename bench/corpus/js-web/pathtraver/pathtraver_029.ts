// Download of an uploaded file: the value is converted to a number first.
import express, { Request, Response } from 'express';
import fs from 'fs';
import path from 'path';

const app = express();
app.use(express.json());

const UPLOADS = '/srv/app/uploads';

app.get('/files', (req: Request, res: Response) => {
  const name = req.query.name as string;
  const n = Number.parseInt(name, 10);
  if (Number.isNaN(n)) {
    return res.status(400).send('expected a number');
  }
  // ok: CWE-22
  const data = fs.readFileSync(path.join(UPLOADS, n), 'utf8');
  res.type('text/plain').send(data);
});

app.listen(3000);
