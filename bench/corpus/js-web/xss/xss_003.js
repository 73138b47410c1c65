// Greeting written with res.write: encodeURIComponent leaves no markup.

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const name = req.query.name;
  const clean = encodeURIComponent(name);
  res.setHeader('Content-Type', 'text/html');
  // ok: CWE-79
  res.write(`<p>Hello, ${clean}!</p>`);
  res.end();
}
