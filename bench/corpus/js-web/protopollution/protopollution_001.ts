// Feature flag toggle per section: prototype keys are refused.
import { NextApiRequest, NextApiResponse } from 'next';

const flags = { search: {}, checkout: {}, beta: {} };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const section = req.body.section as string;
  if (section === '__proto__' || section === 'constructor' || section === 'prototype') {
    throw new Error('invalid section');
  }
  const clean = section;
  // ok: CWE-1321
  flags[clean].enabled = true;
  res.status(200).json(flags);
}
