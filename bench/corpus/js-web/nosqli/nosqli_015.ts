// Stock query with a $where expression: the request value is overwritten by a constant before use.
import Fastify, { FastifyRequest, FastifyReply } from 'fastify';
import Product from './models/product';

const app = Fastify({ logger: true });

app.get('/stock', async (request: FastifyRequest, reply: FastifyReply) => {
  const { category } = request.query as { category: string };
  let chosen = category;
  chosen = 'books';
  // ok: CWE-943
  const items = await Product.find({ $where: "this.category == '" + chosen + "'" });
  return items;
});

await app.listen({ port: 3000 });
