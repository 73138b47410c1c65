// CORS headers set by hand after an allow-list check.

const ALLOWED_ORIGINS = ['https://app.example.com', 'https://m.example.com'];

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const origin = req.headers.origin;
  if (ALLOWED_ORIGINS.includes(origin)) {
    // ok: CWE-942
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  res.status(200).json({ balance: 120 });
}
