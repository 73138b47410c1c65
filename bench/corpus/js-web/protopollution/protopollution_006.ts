// Per-language translation overrides: the value is converted to a number first.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

const translations = { en: { title: 'Shop' }, nl: { title: 'Winkel' } };

app.put('/i18n', (req: Request, res: Response) => {
  const lang = req.body.lang as string;
  const n = Number.parseInt(lang, 10);
  if (Number.isNaN(n)) {
    return res.status(400).send('expected a number');
  }
  const bucket = translations[n];
  // ok: CWE-1321
  bucket['title'] = 'Updated';
  res.json({ ok: true });
});

app.listen(3000);
