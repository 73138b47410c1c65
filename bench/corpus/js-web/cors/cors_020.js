// CORS headers set together as an object, echoing the Origin.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/api/profile', (req, res) => {
  // expect: CWE-942
  res.set({
    'Access-Control-Allow-Origin': req.get('Origin'),
    'Access-Control-Allow-Credentials': 'true',
  });
  res.json({ name: 'Ada' });
});

app.listen(3000);
