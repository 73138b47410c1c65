// Streaming a log file: an allow-list check returns early.
import { createReadStream } from 'fs';

const LOG_DIR = '/var/log/app/';
const ALLOWED = ['app.log', 'error.log'];

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const file = req.query.file;
  if (!ALLOWED.includes(file)) {
    return res.status(400).json({ error: 'not allowed' });
  }
  // ok: CWE-22
  const stream = createReadStream(LOG_DIR + file);
  stream.on('error', () => res.status(404).end());
  stream.pipe(res);
}
