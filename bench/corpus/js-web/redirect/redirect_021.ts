// Tenant switcher: the constant condition selects the request value.
import { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const tenant = req.query.tenant as string;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'www' : tenant;
  // expect: CWE-601
  res.redirect(302, 'https://' + chosen + '.example.com/home');
}
