// Login against a mongoose model: the value is copied through an array.
import express from 'express';
import User from './models/user';

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const username = req.body.username;
  const values = ['demo', username];
  const picked = values[1];
  // expect: CWE-943
  const user = await User.findOne({ username: picked, active: true });
  res.json({ found: Boolean(user) });
});

app.listen(3000);
