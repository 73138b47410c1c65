// Network diagnostics endpoint: the sink sits in one branch.
import Fastify from 'fastify';
import { exec } from 'child_process';
import { promisify } from 'util';

const app = Fastify({ logger: true });

const run = promisify(exec);

app.get('/diagnostics/ping', async (request, reply) => {
  const host = request.query.host;
  if (host && host.length < 200) {
    // expect: CWE-78
    const { stdout } = await run(`ping -c 2 ${host}`);
    return { result: stdout };
  } else {
    return reply.code(400).send('bad request');
  }
});

await app.listen({ port: 3000 });
