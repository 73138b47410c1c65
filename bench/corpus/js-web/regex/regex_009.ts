// Username validation rule from the form: request value trimmed and lower-cased first.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.post('/validate', (req: Request, res: Response) => {
  const rule = req.body.rule as string;
  const value = String(rule).trim().toLowerCase();
  // expect: CWE-1333
  const ok = RegExp('^(' + value + ')$').test('alice_smith_2024');
  res.json({ ok });
});

app.listen(3000);
