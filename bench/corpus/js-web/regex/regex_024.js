// Log grep: the condition folds to a constant, so the request value is dead.
import fs from 'fs';

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const term = req.query.term;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'ERROR' : term;
  const log = fs.readFileSync('/var/log/app.log', 'utf8');
  // ok: CWE-1333
  const lines = log.match(new RegExp('^.*' + chosen + '.*$', 'gm')) || [];
  res.status(200).json({ count: lines.length });
}
