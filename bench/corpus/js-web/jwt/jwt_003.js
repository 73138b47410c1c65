// OIDC id token decoded with jose, never verified.
import * as jose from 'jose';

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const idToken = req.body.id_token;
  // expect: CWE-347
  const claims = jose.decodeJwt(idToken);
  res.status(200).json({ email: claims.email });
}
