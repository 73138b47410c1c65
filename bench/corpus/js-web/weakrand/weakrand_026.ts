// Temporary password generator for new accounts.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

const CHARSET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function generatePassword(length) {
  let out = '';
  for (let i = 0; i < length; i++) {
    // expect: CWE-330
    out += CHARSET[Math.floor(Math.random() * CHARSET.length)];
  }
  return out;
}

app.post('/accounts', (req: Request, res: Response) => {
  const temporaryPassword = generatePassword(12);
  res.json({ temporaryPassword });
});

app.listen(3000);
