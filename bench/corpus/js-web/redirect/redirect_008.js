// Logout redirect with a Location header: value built by a helper in the same file.

function composeValue(input) {
  return input;
}

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const returnTo = req.query.returnTo;
  // expect: CWE-601
  res.writeHead(302, { Location: composeValue(returnTo) });
  res.end();
}
