// Login follow-up redirect: request value concatenated into the sink.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/login/done', (req, res) => {
  const next = req.query.next;
  // expect: CWE-601
  res.redirect(next);
});

app.listen(3000);
