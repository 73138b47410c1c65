// Streaming a log file: the sink runs only for allow-listed values.
import { NextApiRequest, NextApiResponse } from 'next';
import { createReadStream } from 'fs';

const LOG_DIR = '/var/log/app/';
const PERMITTED = new Set(['app.log', 'error.log']);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const file = req.query.file as string;
  if (PERMITTED.has(file)) {
    // ok: CWE-22
    const stream = createReadStream(LOG_DIR + file);
    stream.on('error', () => res.status(404).end());
    stream.pipe(res);
  } else {
    return res.status(404).json({ error: 'unknown' });
  }
}
