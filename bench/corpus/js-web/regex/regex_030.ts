// Product name filter: special characters are escaped first.
import { NextApiRequest, NextApiResponse } from 'next';

const PRODUCTS = ['red shoes', 'blue bag', 'green hat'];

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const pattern = req.query.pattern as string;
  const clean = String(pattern).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ok: CWE-1333
  const matcher = new RegExp(clean, 'i');
  const hits = PRODUCTS.filter((name) => matcher.test(name));
  res.status(200).json(hits);
}
