// Download: path.normalize does not stop ../ from leaving the folder.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import fs from 'fs';
import path from 'path';

const app = Fastify({ logger: true });

app.get('/attachments', async (request: FastifyRequest, reply: FastifyReply) => {
  const { file } = request.query as { file: string };
  const safe = path.normalize('attachments/' + file);
  // expect: CWE-22
  const data = fs.readFileSync(safe);
  return reply.send(data);
});

await app.listen({ port: 3000 });
