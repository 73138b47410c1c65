// Credentials allowed for one trusted origin.
import express from 'express';
import cors from 'cors';

const app = express();
app.use(express.json());

// ok: CWE-942
app.use(cors({ origin: ['https://app.example.com'], credentials: true }));

app.get('/api/me', (req, res) => {
  res.json({ id: 42, name: 'Ada' });
});

app.listen(3000);
