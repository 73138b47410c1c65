// Download of an uploaded file: request value concatenated into the sink.
const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
app.use(express.json());

const UPLOADS = '/srv/app/uploads';

app.get('/files', (req, res) => {
  const name = req.query.name;
  // expect: CWE-22
  const data = fs.readFileSync(path.join(UPLOADS, name), 'utf8');
  res.type('text/plain').send(data);
});

app.listen(3000);
