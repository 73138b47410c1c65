// Public read-only API open to every origin, without credentials.
import express from 'express';
import cors from 'cors';

const app = express();
app.use(express.json());

// ok: CWE-942
app.use(cors({}));

app.get('/api/me', (req, res) => {
  res.json({ id: 42, name: 'Ada' });
});

app.listen(3000);
