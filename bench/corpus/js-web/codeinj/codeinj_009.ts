// Report expressions evaluated in a vm context: the sink sits in one branch.
import express, { Request, Response } from 'express';
import vm from 'vm';

const app = express();
app.use(express.json());

app.get('/reports/metric', (req: Request, res: Response) => {
  const metric = req.query.metric as string;
  if (metric && metric.length < 200) {
    // expect: CWE-95
    const value = vm.runInNewContext('Math.round(' + metric + ')', { Math, sales: 1200, costs: 800 });
    res.json({ value });
  } else {
    return res.status(400).send('bad request');
  }
});

app.listen(3000);
