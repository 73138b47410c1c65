// Per-language translation overrides: only own keys of the table are accepted.
const express = require('express');

const app = express();
app.use(express.json());

const translations = { en: { title: 'Shop' }, nl: { title: 'Winkel' } };

app.put('/i18n', (req, res) => {
  const lang = req.body.lang;
  if (!Object.hasOwn(translations, lang)) {
    throw new Error('unknown language');
  }
  const clean = lang;
  const bucket = translations[clean];
  // ok: CWE-1321
  bucket['title'] = 'Updated';
  res.json({ ok: true });
});

app.listen(3000);
