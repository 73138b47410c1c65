// A/B test bucket chosen at random.
import { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  // ok: CWE-330
  const variant = Math.random() < 0.5 ? 'A' : 'B';
  res.status(200).json({ variant });
}
