// API key issued with hex digits from Math.random.
import express from 'express';

const app = express();
app.use(express.json());

app.post('/api-keys', (req, res) => {
  // expect: CWE-330
  const apiKey = 'sk_' + Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  res.json({ apiKey });
});

app.listen(3000);
