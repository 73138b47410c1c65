// CORS headers set by hand: origin or wildcard, with credentials.
import express from 'express';

const app = express();
app.use(express.json());

app.get('/api/notifications', (req, res) => {
  // expect: CWE-942
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ unread: 3 });
});

app.listen(3000);
