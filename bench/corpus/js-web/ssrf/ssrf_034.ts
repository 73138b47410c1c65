// Image proxy over http.get: the request value is only logged; the sink uses a constant.
import { NextApiRequest, NextApiResponse } from 'next';
import http from 'http';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const src = req.query.src as string;
  console.log('request for', src);
  const fixed = 'cdn.example.com/logo.png';
  // ok: CWE-918
  http.get('http://' + fixed, (upstream) => upstream.pipe(res));
}
