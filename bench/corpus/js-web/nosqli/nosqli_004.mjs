// Stock query with a $where expression: the sink sits in one branch.
import Fastify from 'fastify';
import Product from './models/product';

const app = Fastify({ logger: true });

app.get('/stock', async (request, reply) => {
  const category = request.query.category;
  if (category && category.length < 200) {
    // expect: CWE-943
    const items = await Product.find({ $where: "this.category == '" + category + "'" });
    return items;
  } else {
    return reply.code(400).send('bad request');
  }
});

await app.listen({ port: 3000 });
