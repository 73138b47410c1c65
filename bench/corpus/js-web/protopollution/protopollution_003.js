// Per-language translation overrides: the default is replaced by the request value when one is given.
const express = require('express');

const app = express();
app.use(express.json());

const translations = { en: { title: 'Shop' }, nl: { title: 'Winkel' } };

app.put('/i18n', (req, res) => {
  const lang = req.body.lang;
  let chosen = 'en';
  if (lang) {
    chosen = lang;
  }
  const bucket = translations[chosen];
  // expect: CWE-1321
  bucket['title'] = 'Updated';
  res.json({ ok: true });
});

app.listen(3000);
