// Tenant switcher: the condition folds to a constant, so the request value is dead.

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const tenant = req.query.tenant;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'www' : tenant;
  // ok: CWE-601
  res.redirect(302, 'https://' + chosen + '.example.com/home');
}
