// Keep-alive agent for a metrics backend with verification on.
import { NextApiRequest, NextApiResponse } from 'next';
import { Agent } from 'node:https';

// ok: CWE-295
const metricsAgent = new Agent({ keepAlive: true, maxSockets: 10 });

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const points = req.body.points as string;
  await fetch('https://metrics.internal/write', { method: 'POST', body: JSON.stringify(points), agent: metricsAgent });
  res.status(200).json({ ok: true });
}
