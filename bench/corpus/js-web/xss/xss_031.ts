// Tag list rendered from a comma-separated query value.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.get('/tags', (req: Request, res: Response) => {
  const tags = req.query.tags as string;
  const items = String(tags).split(',').map((t) => `<li>${t}</li>`).join('');
  // expect: CWE-79
  res.send(`<ul class="tags">${items}</ul>`);
});

app.listen(3000);
