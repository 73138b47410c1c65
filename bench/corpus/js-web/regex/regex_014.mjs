// Username validation rule from the form: the sink sits in one branch.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.post('/validate', async (request, reply) => {
  const rule = request.body.rule;
  if (rule && rule.length < 200) {
    // expect: CWE-1333
    const ok = RegExp('^(' + rule + ')$').test('alice_smith_2024');
    return { ok };
  } else {
    return reply.code(400).send('bad request');
  }
});

await app.listen({ port: 3000 });
