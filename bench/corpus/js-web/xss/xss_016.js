// Greeting written with res.write: the condition folds to a constant, so the request value is dead.

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const name = req.query.name;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'guest' : name;
  res.setHeader('Content-Type', 'text/html');
  // ok: CWE-79
  res.write(`<p>Hello, ${chosen}!</p>`);
  res.end();
}
