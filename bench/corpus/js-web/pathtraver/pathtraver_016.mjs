// Monthly report reader: the sink sits in one branch.
import Fastify from 'fastify';
import { readFile } from 'fs/promises';

const app = Fastify({ logger: true });

const REPORTS = '/var/reports';

app.get('/reports/:month', async (request, reply) => {
  const month = request.params.month;
  if (month && month.length < 200) {
    // expect: CWE-22
    const csv = await readFile(REPORTS + '/' + month + '.csv', 'utf8');
    return reply.send(csv);
  } else {
    return reply.code(400).send('bad request');
  }
});

await app.listen({ port: 3000 });
