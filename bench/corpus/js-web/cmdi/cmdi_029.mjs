// Network diagnostics endpoint: a switch maps the request value to constants.
import express from 'express';
import { exec } from 'child_process';
import { promisify } from 'util';

const app = express();
app.use(express.json());

const run = promisify(exec);

app.get('/diagnostics/ping', async (req, res) => {
  const host = req.query.host;
  let chosen;
  switch (host) {
    case '127.0.0.1':
      chosen = '127.0.0.1';
      break;
    case 'gateway.internal':
      chosen = 'gateway.internal';
      break;
    default:
      chosen = '127.0.0.1';
  }
  // ok: CWE-78
  const { stdout } = await run(`ping -c 2 ${chosen}`);
  res.json({ result: stdout });
});

app.listen(3000);
