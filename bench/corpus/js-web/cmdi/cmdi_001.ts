// Thumbnail generation with ImageMagick: the value is converted to a number first.
import express, { Request, Response } from 'express';
import { execSync } from 'child_process';

const app = express();
app.use(express.json());

app.get('/thumbnail', (req: Request, res: Response) => {
  const file = req.query.file as string;
  const n = Number.parseInt(file, 10);
  if (Number.isNaN(n)) {
    return res.status(400).send('expected a number');
  }
  // ok: CWE-78
  const output = execSync('convert uploads/' + n + ' -resize 128x128 thumbs/out.png', { encoding: 'utf8' });
  res.json({ output });
});

app.listen(3000);
