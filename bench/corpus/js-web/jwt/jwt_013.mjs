// Admin gate that decodes the token without verifying it.
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';

const app = Fastify({ logger: true });

app.get('/admin/stats', async (request, reply) => {
  const token = request.cookies.token;
  // expect: CWE-347
  const claims = jwt.decode(token);
  if (!claims || claims.role !== 'admin') {
    return reply.code(403).send('forbidden');
  }
  return { users: 1200 };
});

await app.listen({ port: 3000 });
