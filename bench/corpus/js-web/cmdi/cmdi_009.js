// Network diagnostics endpoint: the condition folds to a constant, so the request value is dead.
import { exec } from 'child_process';
import { promisify } from 'util';

const run = promisify(exec);

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const host = req.query.host;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? '127.0.0.1' : host;
  // ok: CWE-78
  const { stdout } = await run(`ping -c 2 ${chosen}`);
  res.status(200).json({ result: stdout });
}
