// Image proxy over http.get: only the constant element of the object reaches the sink.
import express, { Request, Response } from 'express';
import http from 'http';

const app = express();
app.use(express.json());

app.get('/img', (req: Request, res: Response) => {
  const src = req.query.src as string;
  const job = { target: src, preset: 'cdn.example.com/logo.png' };
  // ok: CWE-918
  http.get('http://' + job.preset, (upstream) => upstream.pipe(res));
});

app.listen(3000);
