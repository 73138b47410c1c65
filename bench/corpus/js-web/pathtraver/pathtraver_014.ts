// Streaming a log file: the constant condition selects the request value.
import express, { Request, Response } from 'express';
import { createReadStream } from 'fs';

const app = express();
app.use(express.json());

const LOG_DIR = '/var/log/app/';

app.get('/logs', (req: Request, res: Response) => {
  const file = req.query.file as string;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'app.log' : file;
  // expect: CWE-22
  const stream = createReadStream(LOG_DIR + chosen);
  stream.on('error', () => res.status(404).end());
  stream.pipe(res);
});

app.listen(3000);
