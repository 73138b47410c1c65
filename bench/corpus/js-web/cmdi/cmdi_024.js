// Printer chosen through a lookup table of known queues.
const express = require('express');
const { execSync } = require('child_process');

const app = express();
app.use(express.json());

const QUEUES = { front: 'hp-front-desk', back: 'brother-back-office' };

app.post('/print', (req, res) => {
  const printer = req.body.printer;
  const queue = Object.hasOwn(QUEUES, printer) ? QUEUES[printer] : QUEUES.front;
  // ok: CWE-78
  execSync(`lp -d ${queue} /srv/docs/invoice.pdf`);
  res.json({ queued: queue });
});

app.listen(3000);
