// Feature flag toggle per section: the value is copied through an array.
import express from 'express';

const app = express();
app.use(express.json());

const flags = { search: {}, checkout: {}, beta: {} };

app.post('/flags/enable', (req, res) => {
  const section = req.body.section;
  const values = ['beta', section];
  const picked = values[1];
  // expect: CWE-1321
  flags[picked].enabled = true;
  res.json(flags);
});

app.listen(3000);
