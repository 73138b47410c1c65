// Wildcard origin for a public font CDN, no credentials.
import express, { Request, Response } from 'express';
import cors from 'cors';

const app = express();
app.use(express.json());

// ok: CWE-942
app.use(cors({ origin: '*', methods: ['GET'] }));

app.get('/api/me', (req: Request, res: Response) => {
  res.json({ id: 42, name: 'Ada' });
});

app.listen(3000);
