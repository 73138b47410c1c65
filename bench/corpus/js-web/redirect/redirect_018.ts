// Login follow-up redirect: the target is encoded into a fixed local path.
import { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const next = req.query.next as string;
  const clean = '/search?q=' + encodeURIComponent(next);
  // ok: CWE-601
  res.redirect(302, clean);
}
