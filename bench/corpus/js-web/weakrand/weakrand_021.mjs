// Temporary passwords with crypto.randomInt.
import express from 'express';
import { randomInt } from 'crypto';

const app = express();
app.use(express.json());

const CHARSET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function generatePassword(length) {
  let out = '';
  for (let i = 0; i < length; i++) {
    // ok: CWE-330
    out += CHARSET[randomInt(CHARSET.length)];
  }
  return out;
}

app.post('/accounts', (req, res) => {
  const temporaryPassword = generatePassword(12);
  res.json({ temporaryPassword });
});

app.listen(3000);
