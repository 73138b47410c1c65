// Download of an uploaded file: the default is replaced by the request value when one is given.
const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
app.use(express.json());

const UPLOADS = '/srv/app/uploads';

app.get('/files', (req, res) => {
  const name = req.query.name;
  let chosen = 'terms.txt';
  if (name) {
    chosen = name;
  }
  // expect: CWE-22
  const data = fs.readFileSync(path.join(UPLOADS, chosen), 'utf8');
  res.type('text/plain').send(data);
});

app.listen(3000);
