// Download of an uploaded file: the constant condition selects the request value.
import { NextApiRequest, NextApiResponse } from 'next';
import fs from 'fs';
import path from 'path';

const UPLOADS = '/srv/app/uploads';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const name = req.query.name as string;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'terms.txt' : name;
  // expect: CWE-22
  const data = fs.readFileSync(path.join(UPLOADS, chosen), 'utf8');
  res.status(200).send(data);
}
