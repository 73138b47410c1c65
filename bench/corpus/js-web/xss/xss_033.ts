// Search results page: the constant condition selects the request value.
import { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const q = req.query.q as string;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'all products' : q;
  res.setHeader('Content-Type', 'text/html');
  // expect: CWE-79
  res.status(200).send('<h1>Results for ' + chosen + '</h1>');
}
