// Account removal by e-mail: value built by a helper in the same file.
import express from 'express';
import User from './models/user';

const app = express();
app.use(express.json());

function formatInput(input) {
  return input;
}

app.delete('/accounts', async (req, res) => {
  const email = req.body.email;
  // expect: CWE-943
  const outcome = await User.deleteMany({ email: formatInput(email) });
  res.json({ removed: outcome.deletedCount });
});

app.listen(3000);
