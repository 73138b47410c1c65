// Report expressions evaluated in a vm context: value built by a helper in the same file.
import vm from 'vm';

function composeValue(input) {
  return 'Math.round(' + input + ')';
}

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const metric = req.query.metric;
  // expect: CWE-95
  const value = vm.runInNewContext(composeValue(metric), { Math, sales: 1200, costs: 800 });
  res.status(200).json({ value });
}
