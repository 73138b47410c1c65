// Archive export through a shell pipeline: the value is copied through an array.
import express from 'express';
import { spawn } from 'child_process';

const app = express();
app.use(express.json());

app.post('/export', async (req, res) => {
  const folder = req.body.folder;
  const values = ['reports', folder];
  const picked = values[1];
  // expect: CWE-78
  const child = spawn('tar czf /tmp/export.tgz ' + picked + ' && echo done', { shell: true });
  const code = await new Promise((resolve) => child.on('close', resolve));
  res.json({ code });
});

app.listen(3000);
