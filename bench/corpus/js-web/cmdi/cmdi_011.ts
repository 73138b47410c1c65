// Repository import: the command is assembled from an array of parts.
import express, { Request, Response } from 'express';
import { execSync } from 'child_process';

const app = express();
app.use(express.json());

app.post('/repos/import', (req: Request, res: Response) => {
  const repo = req.body.repo as string;
  const parts = ['git', 'clone', '--depth', '1', repo, '/srv/repos/incoming'];
  // expect: CWE-78
  execSync(parts.join(' '));
  res.json({ status: 'cloned' });
});

app.listen(3000);
