// Static help pages: value built by a helper in the same file.
const express = require('express');
const path = require('path');

const app = express();
app.use(express.json());

function composeValue(input) {
  return path.resolve('help', input + '.html');
}

app.get('/help', (req, res) => {
  const page = req.query.page;
  // expect: CWE-22
  res.sendFile(composeValue(page));
});

app.listen(3000);
