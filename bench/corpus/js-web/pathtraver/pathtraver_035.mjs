// Monthly report reader: the request value is overwritten by a constant before use.
import express from 'express';
import { readFile } from 'fs/promises';

const app = express();
app.use(express.json());

const REPORTS = '/var/reports';

app.get('/reports/:month', async (req, res) => {
  const month = req.params.month;
  let chosen = month;
  chosen = '2024-01';
  // ok: CWE-22
  const csv = await readFile(REPORTS + '/' + chosen + '.csv', 'utf8');
  res.type('text/plain').send(csv);
});

app.listen(3000);
