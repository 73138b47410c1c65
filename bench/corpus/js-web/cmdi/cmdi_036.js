// Thumbnail generation with ImageMagick: the default is replaced by the request value when one is given.
const express = require('express');
const { execSync } = require('child_process');

const app = express();
app.use(express.json());

app.get('/thumbnail', (req, res) => {
  const file = req.query.file;
  let chosen = 'avatar.png';
  if (file) {
    chosen = file;
  }
  // expect: CWE-78
  const output = execSync('convert uploads/' + chosen + ' -resize 128x128 thumbs/out.png', { encoding: 'utf8' });
  res.json({ output });
});

app.listen(3000);
