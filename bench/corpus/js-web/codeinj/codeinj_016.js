// Pricing rules compiled from a formula: the condition folds to a constant, so the request value is dead.

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const formula = req.body.formula;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'price * qty' : formula;
  // ok: CWE-95
  const rule = new Function('price', 'qty', 'return ' + chosen + ';');
  res.status(200).json({ total: rule(10, 3) });
}
