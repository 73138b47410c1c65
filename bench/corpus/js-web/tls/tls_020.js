// Scraper using got with certificate checks off.
import got from 'got';

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  // expect: CWE-295
  const html = await got('https://legacy.example.org/prices', { https: { rejectUnauthorized: false } }).text();
  res.status(200).json({ size: html.length });
}
