// Note storage on disk: the value is copied through an array.
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';

const app = express();
app.use(express.json());

const NOTES = path.resolve('data', 'notes');

app.post('/notes', async (req, res) => {
  const title = req.body.title;
  const values = ['inbox', title];
  const picked = values[1];
  // expect: CWE-22
  await fs.promises.writeFile(path.join(NOTES, picked + '.md'), '# new note\n');
  res.json({ saved: true });
});

app.listen(3000);
