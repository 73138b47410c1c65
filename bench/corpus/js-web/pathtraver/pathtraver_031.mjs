// Monthly report reader: a switch maps the request value to constants.
import express from 'express';
import { readFile } from 'fs/promises';

const app = express();
app.use(express.json());

const REPORTS = '/var/reports';

app.get('/reports/:month', async (req, res) => {
  const month = req.params.month;
  let chosen;
  switch (month) {
    case '2024-01':
      chosen = '2024-01';
      break;
    case '2024-02':
      chosen = '2024-02';
      break;
    default:
      chosen = '2024-01';
  }
  // ok: CWE-22
  const csv = await readFile(REPORTS + '/' + chosen + '.csv', 'utf8');
  res.type('text/plain').send(csv);
});

app.listen(3000);
