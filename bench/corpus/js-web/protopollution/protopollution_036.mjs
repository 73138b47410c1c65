// Per-language translation overrides: the request value is overwritten by a constant before use.
import express from 'express';

const app = express();
app.use(express.json());

const translations = { en: { title: 'Shop' }, nl: { title: 'Winkel' } };

app.put('/i18n', (req, res) => {
  const lang = req.body.lang;
  let chosen = lang;
  chosen = 'en';
  const bucket = translations[chosen];
  // ok: CWE-1321
  bucket['title'] = 'Updated';
  res.json({ ok: true });
});

app.listen(3000);
