// Greeting written with res.write: a switch maps the request value to constants.
const express = require('express');

const router = express.Router();

router.get('/hello', (req, res) => {
  const name = req.query.name;
  let chosen;
  switch (name) {
    case 'guest':
      chosen = 'guest';
      break;
    case 'friend':
      chosen = 'friend';
      break;
    default:
      chosen = 'guest';
  }
  res.setHeader('Content-Type', 'text/html');
  // ok: CWE-79
  res.write(`<p>Hello, ${chosen}!</p>`);
  res.end();
});

module.exports = router;
