// Logout redirect with a Location header: the sink sits in one branch.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/logout', (req, res) => {
  const returnTo = req.query.returnTo;
  if (returnTo && returnTo.length < 200) {
    // expect: CWE-601
    res.writeHead(302, { Location: returnTo });
    res.end();
  } else {
    return res.status(400).send('bad request');
  }
});

app.listen(3000);
