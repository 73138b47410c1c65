// Download of an uploaded file: the sink runs only for allow-listed values.
import Fastify from 'fastify';
import fs from 'fs';
import path from 'path';

const app = Fastify({ logger: true });

const UPLOADS = '/srv/app/uploads';
const PERMITTED = new Set(['terms.txt', 'privacy.txt']);

app.get('/files', async (request, reply) => {
  const name = request.query.name;
  if (PERMITTED.has(name)) {
    // ok: CWE-22
    const data = fs.readFileSync(path.join(UPLOADS, name), 'utf8');
    return reply.send(data);
  } else {
    return reply.code(404).send('unknown');
  }
});

await app.listen({ port: 3000 });
