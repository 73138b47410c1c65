// User preference store keyed by user and setting: a switch maps the request value to constants.
import express from 'express';

const app = express();
app.use(express.json());

const preferences = {};

app.post('/prefs', (req, res) => {
  const group = req.query.group;
  let chosen;
  switch (group) {
    case 'display':
      chosen = 'display';
      break;
    case 'privacy':
      chosen = 'privacy';
      break;
    default:
      chosen = 'display';
  }
  preferences[chosen] = preferences[chosen] || {};
  // ok: CWE-1321
  preferences[chosen]['updatedAt'] = Date.now();
  res.json({ saved: true });
});

app.listen(3000);
