// An origin callback checking an allow-list, with credentials.
import express, { Request, Response } from 'express';
import cors from 'cors';

const app = express();
app.use(express.json());

const TRUSTED = new Set(['https://app.example.com', 'https://admin.example.com']);
// ok: CWE-942
app.use(cors({ origin: (origin, callback) => callback(null, !origin || TRUSTED.has(origin)), credentials: true }));

app.get('/api/me', (req: Request, res: Response) => {
  res.json({ id: 42, name: 'Ada' });
});

app.listen(3000);
