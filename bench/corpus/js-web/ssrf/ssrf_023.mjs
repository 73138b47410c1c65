// Link preview fetcher: the value is copied through an array.
import express from 'express';

const app = express();
app.use(express.json());

app.get('/preview', async (req, res) => {
  const url = req.query.url;
  const values = ['https://example.com/', url];
  const picked = values[1];
  // expect: CWE-918
  const response = await fetch(picked);
  const html = await response.text();
  res.json({ length: html.length });
});

app.listen(3000);
