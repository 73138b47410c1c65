// Per-language translation overrides: the condition folds to a constant, so the request value is dead.

const translations = { en: { title: 'Shop' }, nl: { title: 'Winkel' } };

export default async function handler(req, res) {
  if (req.method !== 'PUT') {
    return res.status(405).end();
  }
  const lang = req.body.lang;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'en' : lang;
  const bucket = translations[chosen];
  // ok: CWE-1321
  bucket['title'] = 'Updated';
  res.status(200).json({ ok: true });
}
