// Greeting written with res.write: the default is replaced by the request value when one is given.
import { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const name = req.query.name as string;
  let chosen = 'guest';
  if (name) {
    chosen = name;
  }
  res.setHeader('Content-Type', 'text/html');
  // expect: CWE-79
  res.write(`<p>Hello, ${chosen}!</p>`);
  res.end();
}
