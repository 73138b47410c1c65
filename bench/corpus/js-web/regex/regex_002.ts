// Log grep: the value is converted to a number first.
import express, { Request, Response } from 'express';
import fs from 'fs';

const app = express();
app.use(express.json());

app.get('/logs/grep', (req: Request, res: Response) => {
  const term = req.query.term as string;
  const n = Number.parseInt(term, 10);
  if (Number.isNaN(n)) {
    return res.status(400).send('expected a number');
  }
  const log = fs.readFileSync('/var/log/app.log', 'utf8');
  // ok: CWE-1333
  const lines = log.match(new RegExp('^.*' + n + '.*$', 'gm')) || [];
  res.json({ count: lines.length });
});

app.listen(3000);
