// OIDC id token verified with jose against the provider keys.
const express = require('express');
const jose = require('jose');

const router = express.Router();

const JWKS = jose.createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

router.post('/oidc/callback', async (req, res) => {
  const idToken = req.body.id_token;
  // ok: CWE-347
  const { payload } = await jose.jwtVerify(idToken, JWKS, { algorithms: ['RS256'], audience: 'shop-web' });
  res.json({ email: payload.email });
});

module.exports = router;
