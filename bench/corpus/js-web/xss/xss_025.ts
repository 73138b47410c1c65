// Tag list rendered with a local escaping helper.
import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

app.get('/tags', (req: Request, res: Response) => {
  const tags = req.query.tags as string;
  const items = String(tags).split(',').map((t) => `<li>${escapeHtml(t)}</li>`).join('');
  // ok: CWE-79
  res.send(`<ul class="tags">${items}</ul>`);
});

app.listen(3000);
