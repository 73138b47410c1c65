// Image proxy over http.get: a switch maps the request value to constants.
import http from 'http';

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const src = req.query.src;
  let chosen;
  switch (src) {
    case 'cdn.example.com/logo.png':
      chosen = 'cdn.example.com/logo.png';
      break;
    case 'cdn.example.com/icon.png':
      chosen = 'cdn.example.com/icon.png';
      break;
    default:
      chosen = 'cdn.example.com/logo.png';
  }
  // ok: CWE-918
  http.get('http://' + chosen, (upstream) => upstream.pipe(res));
}
