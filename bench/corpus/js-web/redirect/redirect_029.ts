// Logout redirect with a Location header: the value is converted to a number first.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/logout', (req: Request, res: Response) => {
  const returnTo = req.query.returnTo as string;
  const n = Number.parseInt(returnTo, 10);
  if (Number.isNaN(n)) {
    return res.status(400).send('expected a number');
  }
  // ok: CWE-601
  res.writeHead(302, { Location: n });
  res.end();
});

app.listen(3000);
