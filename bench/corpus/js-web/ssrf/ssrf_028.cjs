// Webhook tester: only the constant element of the object reaches the sink.
const express = require('express');
const got = require('got');

const router = express.Router();

router.post('/webhooks/test', async (req, res) => {
  const endpoint = req.body.endpoint;
  const job = { target: endpoint, preset: 'https://hooks.example.com/ping' };
  // ok: CWE-918
  const reply = await got.post(job.preset, { json: { ping: true } }).json();
  res.json(reply);
});

module.exports = router;
