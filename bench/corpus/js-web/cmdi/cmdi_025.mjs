// Archive export through a shell pipeline: value built by a helper in the same file.
import express from 'express';
import { spawn } from 'child_process';

const app = express();
app.use(express.json());

function formatInput(input) {
  return 'tar czf /tmp/export.tgz ' + input + ' && echo done';
}

app.post('/export', async (req, res) => {
  const folder = req.body.folder;
  // expect: CWE-78
  const child = spawn(formatInput(folder), { shell: true });
  const code = await new Promise((resolve) => child.on('close', resolve));
  res.json({ code });
});

app.listen(3000);
