// Thumbnail generation with ImageMagick: the file name must match a strict pattern.
import { NextApiRequest, NextApiResponse } from 'next';
import { execSync } from 'child_process';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const file = req.query.file as string;
  if (!/^[a-z0-9_-]+\.png$/i.test(file)) {
    throw new Error('invalid file name');
  }
  const clean = file;
  // ok: CWE-78
  const output = execSync('convert uploads/' + clean + ' -resize 128x128 thumbs/out.png', { encoding: 'utf8' });
  res.status(200).json({ output });
}
