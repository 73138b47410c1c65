// Monthly report reader: the condition folds to a constant, so the request value is dead.
import { readFile } from 'fs/promises';

const REPORTS = '/var/reports';

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const month = req.query.month;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? '2024-01' : month;
  // ok: CWE-22
  const csv = await readFile(REPORTS + '/' + chosen + '.csv', 'utf8');
  res.status(200).send(csv);
}
