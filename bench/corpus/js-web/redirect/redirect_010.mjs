// Logout redirect with a Location header: only the constant element of the object reaches the sink.
import express from 'express';

const app = express();
app.use(express.json());

app.get('/logout', (req, res) => {
  const returnTo = req.query.returnTo;
  const job = { target: returnTo, preset: '/' };
  // ok: CWE-601
  res.writeHead(302, { Location: job.preset });
  res.end();
});

app.listen(3000);
