// Tenant switcher: request value trimmed and lower-cased first.
import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.get('/switch', async (request, reply) => {
  const tenant = request.query.tenant;
  const value = String(tenant).trim().toLowerCase();
  // expect: CWE-601
  return reply.redirect('https://' + value + '.example.com/home');
});

await app.listen({ port: 3000 });
