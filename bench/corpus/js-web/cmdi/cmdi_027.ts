// Thumbnail generation with ImageMagick: the condition folds to a constant, so the request value is dead.
import express, { Request, Response } from 'express';
import { execSync } from 'child_process';

const app = express();
app.use(express.json());

app.get('/thumbnail', (req: Request, res: Response) => {
  const file = req.query.file as string;
  const base = 106;
  const chosen = 7 * 18 + base > 200 ? 'avatar.png' : file;
  // ok: CWE-78
  const output = execSync('convert uploads/' + chosen + ' -resize 128x128 thumbs/out.png', { encoding: 'utf8' });
  res.json({ output });
});

app.listen(3000);
