// Git history for a branch: value built by a helper in the same file.
import * as cp from 'node:child_process';

function composeValue(input) {
  return 'git log --oneline -n 20 ' + input;
}

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const branch = req.query.branch;
  // expect: CWE-78
  const log = cp.execSync(composeValue(branch)).toString();
  res.status(200).json({ commits: log.split('\n') });
}
