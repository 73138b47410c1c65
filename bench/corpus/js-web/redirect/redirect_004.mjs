// Tenant switcher: the sink runs only for allow-listed values.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

const PERMITTED = new Set(['eu', 'us']);

app.get('/switch', async (request, reply) => {
  const tenant = request.query.tenant;
  if (PERMITTED.has(tenant)) {
    // ok: CWE-601
    return reply.redirect('https://' + tenant + '.example.com/home');
  } else {
    return reply.code(404).send('unknown');
  }
});

await app.listen({ port: 3000 });
