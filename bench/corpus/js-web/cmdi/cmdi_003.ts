// Git history for a branch: the sink sits in one branch.
import express, { Request, Response } from 'express';
import * as cp from 'node:child_process';

const app = express();
app.use(express.json());

app.get('/repo/log', (req: Request, res: Response) => {
  const branch = req.query.branch as string;
  if (branch && branch.length < 200) {
    // expect: CWE-78
    const log = cp.execSync('git log --oneline -n 20 ' + branch).toString();
    res.json({ commits: log.split('\n') });
  } else {
    return res.status(400).send('bad request');
  }
});

app.listen(3000);
