// Archive export through a shell pipeline: an allow-list check returns early.
import { NextApiRequest, NextApiResponse } from 'next';
import { spawn } from 'child_process';

const ALLOWED = ['reports', 'invoices'];

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const folder = req.body.folder as string;
  if (!ALLOWED.includes(folder)) {
    return res.status(400).json({ error: 'not allowed' });
  }
  // ok: CWE-78
  const child = spawn('tar czf /tmp/export.tgz ' + folder + ' && echo done', { shell: true });
  const code = await new Promise((resolve) => child.on('close', resolve));
  res.status(200).json({ code });
}
