// Login follow-up redirect: the value is copied through an array.
import express from 'express';

const app = express();
app.use(express.json());

app.get('/login/done', (req, res) => {
  const next = req.query.next;
  const values = ['/dashboard', next];
  const picked = values[1];
  // expect: CWE-601
  res.redirect(picked);
});

app.listen(3000);
