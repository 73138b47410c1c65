// Scraper using got with a custom certificate authority.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import got from 'got';
import fs from 'fs';

const app = Fastify({ logger: true });

app.get('/scrape', async (request: FastifyRequest, reply: FastifyReply) => {
  // ok: CWE-295
  const html = await got('https://legacy.example.org/prices', { https: { certificateAuthority: fs.readFileSync('certs/legacy-ca.pem') } }).text();
  return { size: html.length };
});

await app.listen({ port: 3000 });
