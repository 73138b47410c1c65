// Note storage on disk: the request value travels in an object.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';

const app = Fastify({ logger: true });

const NOTES = path.resolve('data', 'notes');

app.post('/notes', async (request: FastifyRequest, reply: FastifyReply) => {
  const { title } = request.body as { title: string };
  const job = { target: title, attempts: 3 };
  // expect: CWE-22
  await fs.promises.writeFile(path.join(NOTES, job.target + '.md'), '# new note\n');
  return { saved: true };
});

await app.listen({ port: 3000 });
