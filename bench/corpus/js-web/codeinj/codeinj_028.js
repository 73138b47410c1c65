// Pricing rules compiled from a formula: the value is converted to a number first.

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const formula = req.body.formula;
  const n = Number.parseInt(formula, 10);
  if (Number.isNaN(n)) {
    return res.status(400).json({ error: 'expected a number' });
  }
  // ok: CWE-95
  const rule = new Function('price', 'qty', 'return ' + n + ';');
  res.status(200).json({ total: rule(10, 3) });
}
