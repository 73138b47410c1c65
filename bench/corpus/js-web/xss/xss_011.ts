// Greeting written with res.write: the request value is overwritten by a constant before use.
import { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const name = req.query.name as string;
  let chosen = name;
  chosen = 'guest';
  res.setHeader('Content-Type', 'text/html');
  // ok: CWE-79
  res.write(`<p>Hello, ${chosen}!</p>`);
  res.end();
}
