// Internal API proxy: an absolute URL in the path replaces the base.
import express from 'express';

const app = express();
app.use(express.json());

const API_BASE = 'http://inventory.internal:8080/api/';

app.get('/proxy', async (req, res) => {
  const endpoint = req.query.endpoint;
  const target = new URL(String(endpoint), API_BASE);
  // expect: CWE-918
  const upstream = await fetch(target);
  res.json(await upstream.json());
});

app.listen(3000);
