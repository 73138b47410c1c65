// Image conversion with a callback; the format comes from the form.
import childProcess from 'child_process';

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const format = req.body.format;
  const target = 'out.' + format;
  // expect: CWE-78
  childProcess.exec(`convert in.png ${target}`, (err, stdout) => {
    if (err) {
      return res.status(500).send('conversion failed');
    }
    res.status(200).json({ stdout });
  });
}
