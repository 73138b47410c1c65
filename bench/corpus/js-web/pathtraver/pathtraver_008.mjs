// Static help pages: the sink sits in one branch.
import express from 'express';
import path from 'path';

const app = express();
app.use(express.json());

app.get('/help', (req, res) => {
  const page = req.query.page;
  if (page && page.length < 200) {
    // expect: CWE-22
    res.sendFile(path.resolve('help', page + '.html'));
  } else {
    return res.status(400).send('bad request');
  }
});

app.listen(3000);
