// Inventory sync over https.request with the internal CA.
import { NextApiRequest, NextApiResponse } from 'next';
import https from 'https';
import fs from 'fs';

const INTERNAL_CA = fs.readFileSync('/etc/ssl/internal-ca.pem');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  // ok: CWE-295
  const upstream = https.request({ hostname: 'erp.internal', port: 443, path: '/api/stock', method: 'GET', ca: [INTERNAL_CA] }, (reply) => reply.pipe(res));
  upstream.end();
}
