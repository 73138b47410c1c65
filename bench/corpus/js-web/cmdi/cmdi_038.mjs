// Network diagnostics endpoint: request value trimmed and lower-cased first.
import Fastify from 'fastify';
import { exec } from 'child_process';
import { promisify } from 'util';

const app = Fastify({ logger: true });

const run = promisify(exec);

app.get('/diagnostics/ping', async (request, reply) => {
  const host = request.query.host;
  const value = String(host).trim().toLowerCase();
  // expect: CWE-78
  const { stdout } = await run(`ping -c 2 ${value}`);
  return { result: stdout };
});

await app.listen({ port: 3000 });
