// Greeting written with res.write: request value trimmed and lower-cased first.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/hello', (req: Request, res: Response) => {
  const name = req.query.name as string;
  const value = String(name).trim().toLowerCase();
  res.setHeader('Content-Type', 'text/html');
  // expect: CWE-79
  res.write(`<p>Hello, ${value}!</p>`);
  res.end();
});

app.listen(3000);
