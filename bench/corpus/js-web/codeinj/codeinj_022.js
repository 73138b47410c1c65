// Calculator endpoint: request value concatenated into the sink.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/calc', (req, res) => {
  const expr = req.query.expr;
  // expect: CWE-95
  const result = eval('(' + expr + ')');
  res.json({ result });
});

app.listen(3000);
