// Username validation rule from the form: value built by a helper in the same file.

function composeValue(input) {
  return '^(' + input + ')$';
}

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const rule = req.body.rule;
  // expect: CWE-1333
  const ok = RegExp(composeValue(rule)).test('alice_smith_2024');
  res.status(200).json({ ok });
}
