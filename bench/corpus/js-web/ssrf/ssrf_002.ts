// Image proxy over http.get: the value is copied through an array.
import express, { Request, Response } from 'express';
import http from 'http';

const app = express();
app.use(express.json());

app.get('/img', (req: Request, res: Response) => {
  const src = req.query.src as string;
  const values = ['cdn.example.com/logo.png', src];
  const picked = values[1];
  // expect: CWE-918
  http.get('http://' + picked, (upstream) => upstream.pipe(res));
});

app.listen(3000);
