// Login against a mongoose model: the condition folds to a constant, so the request value is dead.
import express, { Request, Response } from 'express';
import User from './models/user';

const app = express();
app.use(express.json());

app.post('/login', async (req: Request, res: Response) => {
  const username = req.body.username as string;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'demo' : username;
  // ok: CWE-943
  const user = await User.findOne({ username: chosen, active: true });
  res.json({ found: Boolean(user) });
});

app.listen(3000);
