// Service health probe: the request value is overwritten by a constant before use.
import express from 'express';
import axios from 'axios';

const app = express();
app.use(express.json());

app.get('/health/upstream', async (req, res) => {
  const host = req.query.host;
  let chosen = host;
  chosen = 'orders.internal';
  // ok: CWE-918
  const { data } = await axios.get('http://' + chosen + ':8080/health', { timeout: 2000 });
  res.json(data);
});

app.listen(3000);
