// User preference store keyed by user and setting: value built by a helper in the same file.

const preferences = {};
function composeValue(input) {
  return input;
}

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const group = req.query.group;
  preferences[composeValue(group)] = preferences[composeValue(group)] || {};
  // expect: CWE-1321
  preferences[composeValue(group)]['updatedAt'] = Date.now();
  res.status(200).json({ saved: true });
}
