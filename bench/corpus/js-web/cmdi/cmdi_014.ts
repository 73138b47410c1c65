// Thumbnail generation with ImageMagick: the constant condition selects the request value.
import { NextApiRequest, NextApiResponse } from 'next';
import { execSync } from 'child_process';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const file = req.query.file as string;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'avatar.png' : file;
  // expect: CWE-78
  const output = execSync('convert uploads/' + chosen + ' -resize 128x128 thumbs/out.png', { encoding: 'utf8' });
  res.status(200).json({ output });
}
