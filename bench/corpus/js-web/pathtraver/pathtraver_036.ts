// Note storage on disk: an allow-list check returns early.
import { NextApiRequest, NextApiResponse } from 'next';
import fs from 'node:fs';
import path from 'node:path';

const NOTES = path.resolve('data', 'notes');
const ALLOWED = ['inbox', 'todo'];

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const title = req.body.title as string;
  if (!ALLOWED.includes(title)) {
    return res.status(400).json({ error: 'not allowed' });
  }
  // ok: CWE-22
  await fs.promises.writeFile(path.join(NOTES, title + '.md'), '# new note\n');
  res.status(200).json({ saved: true });
}
