// Git history for a branch: request value trimmed and lower-cased first.
import express, { Request, Response } from 'express';
import * as cp from 'node:child_process';

const app = express();
app.use(express.json());

app.get('/repo/log', (req: Request, res: Response) => {
  const branch = req.query.branch as string;
  const value = String(branch).trim().toLowerCase();
  // expect: CWE-78
  const log = cp.execSync('git log --oneline -n 20 ' + value).toString();
  res.json({ commits: log.split('\n') });
});

app.listen(3000);
