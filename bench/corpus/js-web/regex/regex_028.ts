// Log grep: the constant condition selects the request value.
import { NextApiRequest, NextApiResponse } from 'next';
import fs from 'fs';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const term = req.query.term as string;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'ERROR' : term;
  const log = fs.readFileSync('/var/log/app.log', 'utf8');
  // expect: CWE-1333
  const lines = log.match(new RegExp('^.*' + chosen + '.*$', 'gm')) || [];
  res.status(200).json({ count: lines.length });
}
