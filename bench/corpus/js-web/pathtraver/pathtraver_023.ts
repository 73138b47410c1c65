// Download of an uploaded file: path.basename keeps only the file name.
import { NextApiRequest, NextApiResponse } from 'next';
import fs from 'fs';
import path from 'path';

const UPLOADS = '/srv/app/uploads';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const name = req.query.name as string;
  const clean = path.basename(name);
  // ok: CWE-22
  const data = fs.readFileSync(path.join(UPLOADS, clean), 'utf8');
  res.status(200).send(data);
}
