// Stock query with a $where expression: the value is converted to a number first.
import Product from './models/product';

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const category = req.query.category;
  const n = Number.parseInt(category, 10);
  if (Number.isNaN(n)) {
    return res.status(400).json({ error: 'expected a number' });
  }
  // ok: CWE-943
  const items = await Product.find({ $where: "this.category == '" + n + "'" });
  res.status(200).json(items);
}
