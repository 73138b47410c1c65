// Network diagnostics endpoint: the request value is overwritten by a constant before use.
import express from 'express';
import { exec } from 'child_process';
import { promisify } from 'util';

const app = express();
app.use(express.json());

const run = promisify(exec);

app.get('/diagnostics/ping', async (req, res) => {
  const host = req.query.host;
  let chosen = host;
  chosen = '127.0.0.1';
  // ok: CWE-78
  const { stdout } = await run(`ping -c 2 ${chosen}`);
  res.json({ result: stdout });
});

app.listen(3000);
