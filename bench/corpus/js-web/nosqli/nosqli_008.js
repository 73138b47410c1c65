// Stock query with a $where expression: value built by a helper in the same file.
import Product from './models/product';

function composeValue(input) {
  return "this.category == '" + input + "'";
}

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const category = req.query.category;
  // expect: CWE-943
  const items = await Product.find({ $where: composeValue(category) });
  res.status(200).json(items);
}
