// Scraper using got with certificate checks off.
import express from 'express';
import got from 'got';

const app = express();
app.use(express.json());

app.get('/scrape', async (req, res) => {
  // expect: CWE-295
  const html = await got('https://legacy.example.org/prices', { https: { rejectUnauthorized: false } }).text();
  res.json({ size: html.length });
});

app.listen(3000);
