// Tenant switcher: the default is replaced by the request value when one is given.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/switch', (req, res) => {
  const tenant = req.query.tenant;
  let chosen = 'www';
  if (tenant) {
    chosen = tenant;
  }
  // expect: CWE-601
  res.redirect('https://' + chosen + '.example.com/home');
});

app.listen(3000);
