// Service health probe: the constant condition selects the request value.
import { NextApiRequest, NextApiResponse } from 'next';
import axios from 'axios';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const host = req.query.host as string;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'orders.internal' : host;
  // expect: CWE-918
  const { data } = await axios.get('http://' + chosen + ':8080/health', { timeout: 2000 });
  res.status(200).json(data);
}
