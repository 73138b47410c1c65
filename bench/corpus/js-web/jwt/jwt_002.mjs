// OIDC id token decoded with jose, never verified.
import express from 'express';
import * as jose from 'jose';

const app = express();
app.use(express.json());

app.post('/oidc/callback', (req, res) => {
  const idToken = req.body.id_token;
  // expect: CWE-347
  const claims = jose.decodeJwt(idToken);
  res.json({ email: claims.email });
});

app.listen(3000);
