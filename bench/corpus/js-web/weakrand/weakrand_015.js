// API key issued with hex digits from Math.random.

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  // expect: CWE-330
  const apiKey = 'sk_' + Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  res.status(200).json({ apiKey });
}
