// User preference store keyed by user and setting: request value trimmed and lower-cased first.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

const preferences = {};

app.post('/prefs', (req: Request, res: Response) => {
  const group = req.query.group as string;
  const value = String(group).trim().toLowerCase();
  preferences[value] = preferences[value] || {};
  // expect: CWE-1321
  preferences[value]['updatedAt'] = Date.now();
  res.json({ saved: true });
});

app.listen(3000);
