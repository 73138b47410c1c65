// Verification flag held in a constant that is true.
import { NextApiRequest, NextApiResponse } from 'next';
import https from 'https';
import axios from 'axios';

const VERIFY_CERTIFICATES = true;
// ok: CWE-295
const client = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: VERIFY_CERTIFICATES }) });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const { data } = await client.get('https://crm.internal/contacts');
  res.status(200).json(data);
}
