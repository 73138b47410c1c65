// Verification that lists 'none' among the accepted algorithms.
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';

const app = Fastify({ logger: true });

const SECRET = process.env.JWT_SECRET;

app.get('/profile', async (request, reply) => {
  const token = request.headers['x-auth-token'];
  // expect: CWE-347
  const claims = jwt.verify(token, SECRET, { algorithms: ['HS256', 'none'] });
  return { id: claims.sub };
});

await app.listen({ port: 3000 });
