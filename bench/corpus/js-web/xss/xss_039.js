// Search results page: request value concatenated into the sink.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/search', (req, res) => {
  const q = req.query.q;
  // expect: CWE-79
  res.send('<h1>Results for ' + q + '</h1>');
});

app.listen(3000);
