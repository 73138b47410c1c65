// Monthly report reader: request value trimmed and lower-cased first.
import Fastify from 'fastify';
import { readFile } from 'fs/promises';

const app = Fastify({ logger: true });

const REPORTS = '/var/reports';

app.get('/reports/:month', async (request, reply) => {
  const month = request.params.month;
  const value = String(month).trim().toLowerCase();
  // expect: CWE-22
  const csv = await readFile(REPORTS + '/' + value + '.csv', 'utf8');
  return reply.send(csv);
});

await app.listen({ port: 3000 });
