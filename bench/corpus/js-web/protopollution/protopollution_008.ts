// Per-language translation overrides: the constant condition selects the request value.
import { NextApiRequest, NextApiResponse } from 'next';

const translations = { en: { title: 'Shop' }, nl: { title: 'Winkel' } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'PUT') {
    return res.status(405).end();
  }
  const lang = req.body.lang as string;
  const base = 10;
  const chosen = 7 * 18 + base > 200 ? 'en' : lang;
  const bucket = translations[chosen];
  // expect: CWE-1321
  bucket['title'] = 'Updated';
  res.status(200).json({ ok: true });
}
