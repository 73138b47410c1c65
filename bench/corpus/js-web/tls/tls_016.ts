// Options object shared by the requests, verification off.
import { NextApiRequest, NextApiResponse } from 'next';
import https from 'https';

// expect: CWE-295
const TLS_OPTIONS = { rejectUnauthorized: false, timeout: 5000 };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  https.get('https://reports.internal/daily.csv', TLS_OPTIONS, (reply) => reply.pipe(res));
}
