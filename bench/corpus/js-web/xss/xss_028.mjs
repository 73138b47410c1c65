// Search results page: the sink runs only for allow-listed values.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

const PERMITTED = new Set(['shoes', 'bags']);

app.get('/search', async (request, reply) => {
  const q = request.query.q;
  if (PERMITTED.has(q)) {
    // ok: CWE-79
    return reply.type('text/html').send('<h1>Results for ' + q + '</h1>');
  } else {
    return reply.code(404).send('unknown');
  }
});

await app.listen({ port: 3000 });
