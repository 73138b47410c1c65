// Config editor setting a dotted path from the request.
const express = require('express');

const router = express.Router();

const config = { mail: { host: "smtp" }, cache: { ttl: 60 } };

function setPath(obj, dotted, value) {
  const parts = dotted.split('.');
  let node = obj;
  for (const part of parts.slice(0, -1)) {
    node[part] = node[part] || {};
    node = node[part];
  }
  // expect: CWE-1321
  node[parts[parts.length - 1]] = value;
}

router.post('/config', (req, res) => {
  const { key, value } = req.body;
  setPath(config, String(key), value);
  res.json(config);
});

module.exports = router;
