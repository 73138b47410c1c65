// Service health probe: the default is replaced by the request value when one is given.
const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());

app.get('/health/upstream', async (req, res) => {
  const host = req.query.host;
  let chosen = 'orders.internal';
  if (host) {
    chosen = host;
  }
  // expect: CWE-918
  const { data } = await axios.get('http://' + chosen + ':8080/health', { timeout: 2000 });
  res.json(data);
});

app.listen(3000);
