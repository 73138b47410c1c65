// Pricing rules compiled from a formula: request value trimmed and lower-cased first.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.post('/pricing/preview', async (request, reply) => {
  const formula = request.body.formula;
  const value = String(formula).trim().toLowerCase();
  // expect: CWE-95
  const rule = new Function('price', 'qty', 'return ' + value + ';');
  return { total: rule(10, 3) };
});

await app.listen({ port: 3000 });
