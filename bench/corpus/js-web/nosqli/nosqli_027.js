// Account removal by e-mail: the value is copied through an array.
import User from './models/user';

export default async function handler(req, res) {
  if (req.method !== 'DELETE') {
    return res.status(405).end();
  }
  const email = req.body.email;
  const values = ['nobody@example.com', email];
  const picked = values[1];
  // expect: CWE-943
  const outcome = await User.deleteMany({ email: picked });
  res.status(200).json({ removed: outcome.deletedCount });
}
