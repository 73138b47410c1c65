// Git history for a branch: the value is copied through an array.
import * as cp from 'node:child_process';

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const branch = req.query.branch;
  const values = ['main', branch];
  const picked = values[1];
  // expect: CWE-78
  const log = cp.execSync('git log --oneline -n 20 ' + picked).toString();
  res.status(200).json({ commits: log.split('\n') });
}
