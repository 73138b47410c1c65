// Avatar reader: removing the first ../ leaves ....// and later ones.
const express = require('express');
const fsp = require('fs/promises');

const router = express.Router();

router.get('/avatars', async (req, res) => {
  const img = req.query.img;
  const cleaned = String(img).replace('../', '');
  // expect: CWE-22
  const bytes = await fsp.readFile('/srv/avatars/' + cleaned);
  res.json({ size: bytes.length });
});

module.exports = router;
