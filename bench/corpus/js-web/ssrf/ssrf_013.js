// Image proxy over http.get: the request value travels in an object.
const express = require('express');
const http = require('http');

const app = express();
app.use(express.json());

app.get('/img', (req, res) => {
  const src = req.query.src;
  const job = { target: src, attempts: 3 };
  // expect: CWE-918
  http.get('http://' + job.target, (upstream) => upstream.pipe(res));
});

app.listen(3000);
