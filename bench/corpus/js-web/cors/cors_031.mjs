// An unanchored origin pattern (example.com.evil.net matches), with credentials.
import express from 'express';
import cors from 'cors';

const app = express();
app.use(express.json());

// expect: CWE-942
app.use(cors({ origin: /example\.com/, credentials: true }));

app.get('/api/me', (req, res) => {
  res.json({ id: 42, name: 'Ada' });
});

app.listen(3000);
