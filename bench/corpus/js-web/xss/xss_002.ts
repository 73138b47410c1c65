// Greeting written with res.write: the value is converted to a number first.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/hello', (req: Request, res: Response) => {
  const name = req.query.name as string;
  const n = Number.parseInt(name, 10);
  if (Number.isNaN(n)) {
    return res.status(400).send('expected a number');
  }
  res.setHeader('Content-Type', 'text/html');
  // ok: CWE-79
  res.write(`<p>Hello, ${n}!</p>`);
  res.end();
});

app.listen(3000);
