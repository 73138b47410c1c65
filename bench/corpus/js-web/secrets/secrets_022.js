// Webhook verification with a key from the secret store.
const express = require('express');
const crypto = require('crypto');
const { getSecret } = require('./secrets');

const app = express();
app.use(express.json());

app.post('/webhooks/github', async (req, res) => {
  const signature = req.get('X-Hub-Signature-256');
  const webhookKey = await getSecret('github-webhook');
  // ok: CWE-798
  const expected = 'sha256=' + crypto.createHmac('sha256', webhookKey).update(JSON.stringify(req.body)).digest('hex');
  res.json({ valid: crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(String(signature))) });
});

app.listen(3000);
