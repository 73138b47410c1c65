// Note storage on disk: path.basename of the title under the notes folder.
const express = require('express');
const fs = require('node:fs');
const path = require('node:path');

const app = express();
app.use(express.json());

const NOTES = path.resolve('data', 'notes');

app.post('/notes', async (req, res) => {
  const title = req.body.title;
  const clean = path.basename(String(title));
  // ok: CWE-22
  await fs.promises.writeFile(path.join(NOTES, clean + '.md'), '# new note\n');
  res.json({ saved: true });
});

app.listen(3000);
