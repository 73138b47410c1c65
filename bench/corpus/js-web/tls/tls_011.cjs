// Keep-alive agent for a metrics backend, verification off.
const express = require('express');
const { Agent } = require('node:https');

const router = express.Router();

// expect: CWE-295
const metricsAgent = new Agent({ keepAlive: true, maxSockets: 10, rejectUnauthorized: false });

router.post('/metrics', async (req, res) => {
  const points = req.body.points;
  await fetch('https://metrics.internal/write', { method: 'POST', body: JSON.stringify(points), agent: metricsAgent });
  res.json({ ok: true });
});

module.exports = router;
