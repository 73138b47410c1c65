// Webhook tester: request value trimmed and lower-cased first.
import express, { Request, Response } from 'express';
import got from 'got';

const app = express();
app.use(express.json());

app.post('/webhooks/test', async (req: Request, res: Response) => {
  const endpoint = req.body.endpoint as string;
  const value = String(endpoint).trim().toLowerCase();
  // expect: CWE-918
  const reply = await got.post(value, { json: { ping: true } }).json();
  res.json(reply);
});

app.listen(3000);
