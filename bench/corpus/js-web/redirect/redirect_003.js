// Logout redirect with a Location header: the request value is overwritten by a constant before use.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/logout', (req, res) => {
  const returnTo = req.query.returnTo;
  let chosen = returnTo;
  chosen = '/';
  // ok: CWE-601
  res.writeHead(302, { Location: chosen });
  res.end();
});

app.listen(3000);
