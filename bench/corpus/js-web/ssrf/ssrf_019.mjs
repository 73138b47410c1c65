// Internal API proxy: the endpoint is encoded into a path under a fixed base.
import express from 'express';

const app = express();
app.use(express.json());

const API_BASE = 'http://inventory.internal:8080';

app.get('/proxy', async (req, res) => {
  const sku = req.query.sku;
  const target = new URL(`/api/items/${encodeURIComponent(String(sku))}`, API_BASE);
  // ok: CWE-918
  const upstream = await fetch(target);
  res.json(await upstream.json());
});

app.listen(3000);
