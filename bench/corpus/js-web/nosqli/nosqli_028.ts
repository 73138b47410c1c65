// Account removal by e-mail: the sink sits in one branch.
import express, { Request, Response } from 'express';
import User from './models/user';

const app = express();
app.use(express.json());

app.delete('/accounts', async (req: Request, res: Response) => {
  const email = req.body.email as string;
  if (email && email.length < 200) {
    // expect: CWE-943
    const outcome = await User.deleteMany({ email: email });
    res.json({ removed: outcome.deletedCount });
  } else {
    return res.status(400).send('bad request');
  }
});

app.listen(3000);
