// Webhook tester: a switch maps the request value to constants.
import express from 'express';
import got from 'got';

const app = express();
app.use(express.json());

app.post('/webhooks/test', async (req, res) => {
  const endpoint = req.body.endpoint;
  let chosen;
  switch (endpoint) {
    case 'https://hooks.example.com/ping':
      chosen = 'https://hooks.example.com/ping';
      break;
    case 'https://hooks.example.com/test':
      chosen = 'https://hooks.example.com/test';
      break;
    default:
      chosen = 'https://hooks.example.com/ping';
  }
  // ok: CWE-918
  const reply = await got.post(chosen, { json: { ping: true } }).json();
  res.json(reply);
});

app.listen(3000);
