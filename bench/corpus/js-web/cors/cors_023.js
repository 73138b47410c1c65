// CORS headers set by hand from the Origin header, with credentials.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/api/account', (req, res) => {
  const origin = req.headers.origin;
  // expect: CWE-942
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ balance: 120 });
});

app.listen(3000);
