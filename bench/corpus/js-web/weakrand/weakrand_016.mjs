// Content-Security-Policy nonce drawn from Math.random.
import express from 'express';

const app = express();
app.use(express.json());

app.get('/', (req, res) => {
  // expect: CWE-330
  const nonce = Math.random().toString(36).slice(2);
  res.setHeader('Content-Security-Policy', `script-src 'nonce-${nonce}'`);
  res.send(`<script nonce="${nonce}" src="/app.js"></script>`);
});

app.listen(3000);
