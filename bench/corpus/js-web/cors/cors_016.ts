// Every origin reflected, with credentials.
import express, { Request, Response } from 'express';
import cors from 'cors';

const app = express();
app.use(express.json());

// expect: CWE-942
app.use(cors({ origin: true, credentials: true }));

app.get('/api/me', (req: Request, res: Response) => {
  res.json({ id: 42, name: 'Ada' });
});

app.listen(3000);
