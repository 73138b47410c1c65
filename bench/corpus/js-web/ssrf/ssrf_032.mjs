// Image proxy over http.get: the sink sits in one branch.
import express from 'express';
import http from 'http';

const app = express();
app.use(express.json());

app.get('/img', (req, res) => {
  const src = req.query.src;
  if (src && src.length < 200) {
    // expect: CWE-918
    http.get('http://' + src, (upstream) => upstream.pipe(res));
  } else {
    return res.status(400).send('bad request');
  }
});

app.listen(3000);
