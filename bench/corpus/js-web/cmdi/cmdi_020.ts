// Git history for a branch: a switch maps the request value to constants.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import * as cp from 'node:child_process';

const app = Fastify({ logger: true });

app.get('/repo/log', async (request: FastifyRequest, reply: FastifyReply) => {
  const { branch } = request.query as { branch: string };
  let chosen;
  switch (branch) {
    case 'main':
      chosen = 'main';
      break;
    case 'develop':
      chosen = 'develop';
      break;
    default:
      chosen = 'main';
  }
  // ok: CWE-78
  const log = cp.execSync('git log --oneline -n 20 ' + chosen).toString();
  return { commits: log.split('\n') };
});

await app.listen({ port: 3000 });
