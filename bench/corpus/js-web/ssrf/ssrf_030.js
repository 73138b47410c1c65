// Webhook tester: the value is converted to a number first.
import got from 'got';

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const endpoint = req.body.endpoint;
  const n = Number.parseInt(endpoint, 10);
  if (Number.isNaN(n)) {
    return res.status(400).json({ error: 'expected a number' });
  }
  // ok: CWE-918
  const reply = await got.post(n, { json: { ping: true } }).json();
  res.status(200).json(reply);
}
