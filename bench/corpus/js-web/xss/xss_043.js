// Greeting written with res.write: the sink sits in one branch.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/hello', (req, res) => {
  const name = req.query.name;
  if (name && name.length < 200) {
    res.setHeader('Content-Type', 'text/html');
    // expect: CWE-79
    res.write(`<p>Hello, ${name}!</p>`);
    res.end();
  } else {
    return res.status(400).send('bad request');
  }
});

app.listen(3000);
