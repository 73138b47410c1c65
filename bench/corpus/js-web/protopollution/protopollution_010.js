// User preference store keyed by user and setting: the value is converted to a number first.

const preferences = {};

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const group = req.query.group;
  const n = Number.parseInt(group, 10);
  if (Number.isNaN(n)) {
    return res.status(400).json({ error: 'expected a number' });
  }
  preferences[n] = preferences[n] || {};
  // ok: CWE-1321
  preferences[n]['updatedAt'] = Date.now();
  res.status(200).json({ saved: true });
}
