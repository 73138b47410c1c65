// Note storage on disk: value built by a helper in the same file.
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';

const app = express();
app.use(express.json());

const NOTES = path.resolve('data', 'notes');
function formatInput(input) {
  return path.join(NOTES, input + '.md');
}

app.post('/notes', async (req, res) => {
  const title = req.body.title;
  // expect: CWE-22
  await fs.promises.writeFile(formatInput(title), '# new note\n');
  res.json({ saved: true });
});

app.listen(3000);
