// Logout redirect with a Location header: a switch maps the request value to constants.
const express = require('express');

const router = express.Router();

router.get('/logout', (req, res) => {
  const returnTo = req.query.returnTo;
  let chosen;
  switch (returnTo) {
    case '/':
      chosen = '/';
      break;
    case '/goodbye':
      chosen = '/goodbye';
      break;
    default:
      chosen = '/';
  }
  // ok: CWE-601
  res.writeHead(302, { Location: chosen });
  res.end();
});

module.exports = router;
