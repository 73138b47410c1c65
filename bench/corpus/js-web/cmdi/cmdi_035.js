// Network diagnostics endpoint: the value is converted to a number first.
import { exec } from 'child_process';
import { promisify } from 'util';

const run = promisify(exec);

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const host = req.query.host;
  const n = Number.parseInt(host, 10);
  if (Number.isNaN(n)) {
    return res.status(400).json({ error: 'expected a number' });
  }
  // ok: CWE-78
  const { stdout } = await run(`ping -c 2 ${n}`);
  res.status(200).json({ result: stdout });
}
