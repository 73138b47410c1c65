// Calculator endpoint: the default is replaced by the request value when one is given.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/calc', (req, res) => {
  const expr = req.query.expr;
  let chosen = '2 * 21';
  if (expr) {
    chosen = expr;
  }
  // expect: CWE-95
  const result = eval('(' + chosen + ')');
  res.json({ result });
});

app.listen(3000);
