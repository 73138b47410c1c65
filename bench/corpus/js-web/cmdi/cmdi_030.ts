// Archive export through a shell pipeline: the request value travels in an object.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import { spawn } from 'child_process';

const app = Fastify({ logger: true });

app.post('/export', async (request: FastifyRequest, reply: FastifyReply) => {
  const { folder } = request.body as { folder: string };
  const job = { target: folder, attempts: 3 };
  // expect: CWE-78
  const child = spawn('tar czf /tmp/export.tgz ' + job.target + ' && echo done', { shell: true });
  const code = await new Promise((resolve) => child.on('close', resolve));
  return { code };
});

await app.listen({ port: 3000 });
