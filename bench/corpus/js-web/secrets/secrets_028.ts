// Webhook verification with a key from the secret store.
import { NextApiRequest, NextApiResponse } from 'next';
import crypto from 'crypto';
import { getSecret } from './secrets';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const signature = req.headers['x-hub-signature-256'] as string;
  const webhookKey = await getSecret('github-webhook');
  // ok: CWE-798
  const expected = 'sha256=' + crypto.createHmac('sha256', webhookKey).update(JSON.stringify(req.body)).digest('hex');
  res.status(200).json({ valid: crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(String(signature))) });
}
