// Webhook tester: the value is converted to a number first.
import express, { Request, Response } from 'express';
import got from 'got';

const app = express();
app.use(express.json());

app.post('/webhooks/test', async (req: Request, res: Response) => {
  const endpoint = req.body.endpoint as string;
  const n = Number.parseInt(endpoint, 10);
  if (Number.isNaN(n)) {
    return res.status(400).send('expected a number');
  }
  // ok: CWE-918
  const reply = await got.post(n, { json: { ping: true } }).json();
  res.json(reply);
});

app.listen(3000);
