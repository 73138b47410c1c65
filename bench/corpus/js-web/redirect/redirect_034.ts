// Tenant switcher: the value is converted to a number first.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/switch', (req: Request, res: Response) => {
  const tenant = req.query.tenant as string;
  const n = Number.parseInt(tenant, 10);
  if (Number.isNaN(n)) {
    return res.status(400).send('expected a number');
  }
  // ok: CWE-601
  res.redirect('https://' + n + '.example.com/home');
});

app.listen(3000);
