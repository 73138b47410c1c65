// Calculator endpoint: the sink runs only for allow-listed values.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

const PERMITTED = new Set(['1 + 1', '2 * 3']);

app.get('/calc', async (request, reply) => {
  const expr = request.query.expr;
  if (PERMITTED.has(expr)) {
    // ok: CWE-95
    const result = eval('(' + expr + ')');
    return { result };
  } else {
    return reply.code(404).send('unknown');
  }
});

await app.listen({ port: 3000 });
