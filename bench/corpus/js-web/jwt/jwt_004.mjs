// Admin gate verifying the HS256 signature and issuer.
import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());

const SECRET = process.env.JWT_SECRET;

app.get('/admin/stats', (req, res) => {
  const token = req.cookies.token;
  // ok: CWE-347
  const claims = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'auth.example.com' });
  if (claims.role !== 'admin') {
    return res.status(403).send('forbidden');
  }
  res.json({ users: 1200 });
});

app.listen(3000);
