// Username validation rule from the form: the value is converted to a number first.

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const rule = req.body.rule;
  const n = Number.parseInt(rule, 10);
  if (Number.isNaN(n)) {
    return res.status(400).json({ error: 'expected a number' });
  }
  // ok: CWE-1333
  const ok = RegExp('^(' + n + ')$').test('alice_smith_2024');
  res.status(200).json({ ok });
}
