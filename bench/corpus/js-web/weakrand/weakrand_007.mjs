// CSRF token for the form, from Math.random.
import express from 'express';

const app = express();
app.use(express.json());

app.get('/form', (req, res) => {
  // expect: CWE-330
  const csrfToken = Math.random().toString(36).substr(2, 10);
  res.json({ csrfToken });
});

app.listen(3000);
