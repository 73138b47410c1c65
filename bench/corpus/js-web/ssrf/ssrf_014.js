// Service health probe: the condition folds to a constant, so the request value is dead.
import axios from 'axios';

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const host = req.query.host;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'orders.internal' : host;
  // ok: CWE-918
  const { data } = await axios.get('http://' + chosen + ':8080/health', { timeout: 2000 });
  res.status(200).json(data);
}
