// Tenant switcher: the request value is overwritten by a constant before use.
import express from 'express';

const app = express();
app.use(express.json());

app.get('/switch', (req, res) => {
  const tenant = req.query.tenant;
  let chosen = tenant;
  chosen = 'www';
  // ok: CWE-601
  res.redirect('https://' + chosen + '.example.com/home');
});

app.listen(3000);
