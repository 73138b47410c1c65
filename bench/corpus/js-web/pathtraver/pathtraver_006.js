// Static help pages: a switch maps the request value to constants.
const express = require('express');
const path = require('path');

const app = express();
app.use(express.json());

app.get('/help', (req, res) => {
  const page = req.query.page;
  let chosen;
  switch (page) {
    case 'index':
      chosen = 'index';
      break;
    case 'faq':
      chosen = 'faq';
      break;
    default:
      chosen = 'index';
  }
  // ok: CWE-22
  res.sendFile(path.resolve('help', chosen + '.html'));
});

app.listen(3000);
