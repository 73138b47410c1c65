// Search results page: the default is replaced by the request value when one is given.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/search', (req, res) => {
  const q = req.query.q;
  let chosen = 'all products';
  if (q) {
    chosen = q;
  }
  // expect: CWE-79
  res.send('<h1>Results for ' + chosen + '</h1>');
});

app.listen(3000);
