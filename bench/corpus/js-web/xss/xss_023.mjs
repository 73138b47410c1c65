// Greeting written with res.write: request value concatenated into the sink.
import express from 'express';

const app = express();
app.use(express.json());

app.get('/hello', (req, res) => {
  const name = req.query.name;
  res.setHeader('Content-Type', 'text/html');
  // expect: CWE-79
  res.write(`<p>Hello, ${name}!</p>`);
  res.end();
});

app.listen(3000);
