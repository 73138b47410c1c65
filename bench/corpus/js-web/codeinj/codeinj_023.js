// Report expressions evaluated in a vm context: the value is copied through an array.
import vm from 'vm';

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const metric = req.query.metric;
  const values = ['sales - costs', metric];
  const picked = values[1];
  // expect: CWE-95
  const value = vm.runInNewContext('Math.round(' + picked + ')', { Math, sales: 1200, costs: 800 });
  res.status(200).json({ value });
}
