// Pricing rules compiled from a formula: the sink sits in one branch.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.post('/pricing/preview', async (request, reply) => {
  const formula = request.body.formula;
  if (formula && formula.length < 200) {
    // expect: CWE-95
    const rule = new Function('price', 'qty', 'return ' + formula + ';');
    return { total: rule(10, 3) };
  } else {
    return reply.code(400).send('bad request');
  }
});

await app.listen({ port: 3000 });
