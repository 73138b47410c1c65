// Report expressions evaluated in a vm context: request value trimmed and lower-cased first.
import express, { Request, Response } from 'express';
import vm from 'vm';

const app = express();
app.use(express.json());

app.get('/reports/metric', (req: Request, res: Response) => {
  const metric = req.query.metric as string;
  const value = String(metric).trim().toLowerCase();
  // expect: CWE-95
  const value = vm.runInNewContext('Math.round(' + value + ')', { Math, sales: 1200, costs: 800 });
  res.json({ value });
});

app.listen(3000);
