// Key id read from the header, then a pinned verification.
import express from 'express';
import jwt from 'jsonwebtoken';
import { publicKeyFor } from './keys';

const app = express();
app.use(express.json());

app.get('/profile', (req, res) => {
  const token = req.get('X-Auth-Token');
  const { header } = jwt.decode(token, { complete: true }) || {};
  // ok: CWE-347
  const claims = jwt.verify(token, publicKeyFor(header?.kid), { algorithms: ['ES256'] });
  res.json({ id: claims.sub });
});

app.listen(3000);
