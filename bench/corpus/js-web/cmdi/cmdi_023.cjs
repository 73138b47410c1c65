// Print job kept on a class instance, run later through the shell.
const express = require('express');
const { exec } = require('child_process');

const router = express.Router();

class PrintJob {
  constructor(printer) {
    this.printer = printer;
  }
  submit(file, done) {
    // expect: CWE-78
    exec(`lp -d ${this.printer} ${file}`, done);
  }
}

router.post('/print', (req, res) => {
  const printer = req.body.printer;
  const job = new PrintJob(printer);
  job.submit('/srv/docs/invoice.pdf', () => {});
  res.json({ queued: true });
});

module.exports = router;
