// Image proxy over http.get: value built by a helper in the same file.
import { NextApiRequest, NextApiResponse } from 'next';
import http from 'http';

function formatInput(input: unknown) {
  return 'http://' + input;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const src = req.query.src as string;
  // expect: CWE-918
  http.get(formatInput(src), (upstream) => upstream.pipe(res));
}
