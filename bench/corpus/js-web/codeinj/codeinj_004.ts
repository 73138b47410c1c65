// Filter definitions parsed as JSON, never evaluated.
import { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const filter = req.body.filter as string;
  const parsed = JSON.parse(filter);
  // ok: CWE-95
  const total = eval('[1, 2, 3].length');
  res.status(200).json({ parsed, total });
}
