// Monthly report reader: the value is converted to a number first.
import { readFile } from 'fs/promises';

const REPORTS = '/var/reports';

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const month = req.query.month;
  const n = Number.parseInt(month, 10);
  if (Number.isNaN(n)) {
    return res.status(400).json({ error: 'expected a number' });
  }
  // ok: CWE-22
  const csv = await readFile(REPORTS + '/' + n + '.csv', 'utf8');
  res.status(200).send(csv);
}
