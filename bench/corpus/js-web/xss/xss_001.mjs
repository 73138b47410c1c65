// Search endpoint answering JSON, not HTML.
import express from 'express';

const app = express();
app.use(express.json());

app.get('/api/search', (req, res) => {
  const q = req.query.q;
  // ok: CWE-79
  res.json({ query: q, results: [] });
});

app.listen(3000);
