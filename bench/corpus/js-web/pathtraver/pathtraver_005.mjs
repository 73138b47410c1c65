// Static help pages: the request value is only logged; the sink uses a constant.
import express from 'express';
import path from 'path';

const app = express();
app.use(express.json());

app.get('/help', (req, res) => {
  const page = req.query.page;
  console.log('request for', page);
  const fixed = 'index';
  // ok: CWE-22
  res.sendFile(path.resolve('help', fixed + '.html'));
});

app.listen(3000);
