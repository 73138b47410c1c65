// Stock query with a $where expression: request value trimmed and lower-cased first.
import Fastify from 'fastify';
import Product from './models/product';

const app = Fastify({ logger: true });

app.get('/stock', async (request, reply) => {
  const category = request.query.category;
  const value = String(category).trim().toLowerCase();
  // expect: CWE-943
  const items = await Product.find({ $where: "this.category == '" + value + "'" });
  return items;
});

await app.listen({ port: 3000 });
