// Pricing rules compiled from a formula: the request value is overwritten by a constant before use.
import express from 'express';

const app = express();
app.use(express.json());

app.post('/pricing/preview', (req, res) => {
  const formula = req.body.formula;
  let chosen = formula;
  chosen = 'price * qty';
  // ok: CWE-95
  const rule = new Function('price', 'qty', 'return ' + chosen + ';');
  res.json({ total: rule(10, 3) });
});

app.listen(3000);
