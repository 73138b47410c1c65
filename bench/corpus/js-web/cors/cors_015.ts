// CORS headers set by hand: origin or wildcard, with credentials.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/api/notifications', (req: Request, res: Response) => {
  // expect: CWE-942
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ unread: 3 });
});

app.listen(3000);
