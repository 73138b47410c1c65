// DNS lookup through the resolver API instead of a shell.
import Fastify from 'fastify';
import * as dns from 'dns/promises';
import { execSync } from 'child_process';

const app = Fastify({ logger: true });

app.get('/diagnostics/dns', async (request, reply) => {
  const host = request.query.host;
  const addresses = await dns.resolve4(host);
  // ok: CWE-78
  const uptime = execSync('uptime').toString();
  return { addresses, uptime };
});

await app.listen({ port: 3000 });
