// Pricing rules compiled from a formula: a switch maps the request value to constants.
import express from 'express';

const app = express();
app.use(express.json());

app.post('/pricing/preview', (req, res) => {
  const formula = req.body.formula;
  let chosen;
  switch (formula) {
    case 'price * qty':
      chosen = 'price * qty';
      break;
    case 'price * qty * 0.9':
      chosen = 'price * qty * 0.9';
      break;
    default:
      chosen = 'price * qty';
  }
  // ok: CWE-95
  const rule = new Function('price', 'qty', 'return ' + chosen + ';');
  res.json({ total: rule(10, 3) });
});

app.listen(3000);
