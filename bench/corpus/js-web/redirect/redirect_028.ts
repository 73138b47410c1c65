// Logout redirect with a Location header: the default is replaced by the request value when one is given.
import { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const returnTo = req.query.returnTo as string;
  let chosen = '/';
  if (returnTo) {
    chosen = returnTo;
  }
  // expect: CWE-601
  res.writeHead(302, { Location: chosen });
  res.end();
}
