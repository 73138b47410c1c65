// Username validation rule from the form: the request value is overwritten by a constant before use.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';

const app = Fastify({ logger: true });

app.post('/validate', async (request: FastifyRequest, reply: FastifyReply) => {
  const { rule } = request.body as { rule: string };
  let chosen = rule;
  chosen = '[a-z_0-9]+';
  // ok: CWE-1333
  const ok = RegExp('^(' + chosen + ')$').test('alice_smith_2024');
  return { ok };
});

await app.listen({ port: 3000 });
