// Thumbnail generation with ImageMagick: request value concatenated into the sink.
const express = require('express');
const { execSync } = require('child_process');

const app = express();
app.use(express.json());

app.get('/thumbnail', (req, res) => {
  const file = req.query.file;
  // expect: CWE-78
  const output = execSync('convert uploads/' + file + ' -resize 128x128 thumbs/out.png', { encoding: 'utf8' });
  res.json({ output });
});

app.listen(3000);
