// Search results page: escape-html encodes the term.
import { NextApiRequest, NextApiResponse } from 'next';
import escapeHtml from 'escape-html';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const q = req.query.q as string;
  const clean = escapeHtml(q);
  res.setHeader('Content-Type', 'text/html');
  // ok: CWE-79
  res.status(200).send('<h1>Results for ' + clean + '</h1>');
}
