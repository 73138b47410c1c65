// Any origin allowed together with credentials.
import express from 'express';
import cors from 'cors';

const app = express();
app.use(express.json());

// expect: CWE-942
app.use(cors({ origin: '*', credentials: true }));

app.get('/api/me', (req, res) => {
  res.json({ id: 42, name: 'Ada' });
});

app.listen(3000);
