// Session ids from crypto.randomUUID.
import { randomUUID } from 'node:crypto';

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  // ok: CWE-330
  const sid = randomUUID();
  res.status(200).json({ sid });
}
