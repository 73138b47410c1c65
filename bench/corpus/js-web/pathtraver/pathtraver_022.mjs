// Streaming a log file: the request value travels in an object.
import express from 'express';
import { createReadStream } from 'fs';

const app = express();
app.use(express.json());

const LOG_DIR = '/var/log/app/';

app.get('/logs', (req, res) => {
  const file = req.query.file;
  const job = { target: file, attempts: 3 };
  // expect: CWE-22
  const stream = createReadStream(LOG_DIR + job.target);
  stream.on('error', () => res.status(404).end());
  stream.pipe(res);
});

app.listen(3000);
