// Calculator endpoint: the constant condition selects the request value.
import { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const expr = req.query.expr as string;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? '2 * 21' : expr;
  // expect: CWE-95
  const result = eval('(' + chosen + ')');
  res.status(200).json({ result });
}
