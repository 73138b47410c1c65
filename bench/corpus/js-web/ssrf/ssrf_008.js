// Link preview fetcher: request value concatenated into the sink.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/preview', async (req, res) => {
  const url = req.query.url;
  // expect: CWE-918
  const response = await fetch(url);
  const html = await response.text();
  res.json({ length: html.length });
});

app.listen(3000);
