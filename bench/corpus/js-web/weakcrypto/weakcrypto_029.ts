// Webhook signature with HMAC-SHA256.
import { NextApiRequest, NextApiResponse } from 'next';
import crypto from 'crypto';

const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET;

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const event = req.body.event as string;
  const payload = JSON.stringify(event);
  // ok: CWE-327
  const signature = crypto.createHmac('sha256', WEBHOOK_SECRET).update(payload).digest('hex');
  res.status(200).json({ payload, signature });
}
