// Username validation rule from the form: a switch maps the request value to constants.
import express from 'express';

const app = express();
app.use(express.json());

app.post('/validate', (req, res) => {
  const rule = req.body.rule;
  let chosen;
  switch (rule) {
    case '[a-z]+':
      chosen = '[a-z]+';
      break;
    case '[a-z0-9]+':
      chosen = '[a-z0-9]+';
      break;
    default:
      chosen = '[a-z_0-9]+';
  }
  // ok: CWE-1333
  const ok = RegExp('^(' + chosen + ')$').test('alice_smith_2024');
  res.json({ ok });
});

app.listen(3000);
