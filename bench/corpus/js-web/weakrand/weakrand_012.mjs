// Session ids from crypto.randomUUID.
import express from 'express';
import { randomUUID } from 'node:crypto';

const app = express();
app.use(express.json());

app.post('/session', (req, res) => {
  // ok: CWE-330
  const sid = randomUUID();
  res.json({ sid });
});

app.listen(3000);
