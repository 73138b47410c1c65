// Flag table without a prototype: __proto__ is an ordinary missing key.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

const flags = Object.create(null);
for (const name of ['search', 'checkout']) flags[name] = Object.create(null);

app.post('/flags/enable', async (request, reply) => {
  const section = request.body.section;
  if (!(section in flags)) {
    return reply.code(404).send('no such section');
  }
  // ok: CWE-1321
  flags[section].enabled = true;
  return { ok: true };
});

await app.listen({ port: 3000 });
