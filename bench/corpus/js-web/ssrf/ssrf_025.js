// Webhook tester: value built by a helper in the same file.
import got from 'got';

function composeValue(input) {
  return input;
}

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const endpoint = req.body.endpoint;
  // expect: CWE-918
  const reply = await got.post(composeValue(endpoint), { json: { ping: true } }).json();
  res.status(200).json(reply);
}
