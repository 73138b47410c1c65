// Log grep: request value trimmed and lower-cased first.
import Fastify from 'fastify';
import fs from 'fs';

const app = Fastify({ logger: true });

app.get('/logs/grep', async (request, reply) => {
  const term = request.query.term;
  const value = String(term).trim().toLowerCase();
  const log = fs.readFileSync('/var/log/app.log', 'utf8');
  // expect: CWE-1333
  const lines = log.match(new RegExp('^.*' + value + '.*$', 'gm')) || [];
  return { count: lines.length };
});

await app.listen({ port: 3000 });
