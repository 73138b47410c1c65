// Log grep: the sink runs only for allow-listed values.
import Fastify from 'fastify';
import fs from 'fs';

const app = Fastify({ logger: true });

const PERMITTED = new Set(['ERROR', 'WARN']);

app.get('/logs/grep', async (request, reply) => {
  const term = request.query.term;
  if (PERMITTED.has(term)) {
    const log = fs.readFileSync('/var/log/app.log', 'utf8');
    // ok: CWE-1333
    const lines = log.match(new RegExp('^.*' + term + '.*$', 'gm')) || [];
    return { count: lines.length };
  } else {
    return reply.code(404).send('unknown');
  }
});

await app.listen({ port: 3000 });
