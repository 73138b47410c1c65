// Order lookup with the MongoDB driver: the sink runs only for allow-listed values.
import Fastify from 'fastify';
import { MongoClient } from 'mongodb';

const app = Fastify({ logger: true });

const client = new MongoClient(process.env.MONGO_URL);
const orders = client.db('shop').collection('orders');
const PERMITTED = new Set(['c-1001', 'c-1002']);

app.post('/orders/find', async (request, reply) => {
  const customerId = request.body.customerId;
  if (PERMITTED.has(customerId)) {
    // ok: CWE-943
    const found = await orders.find({ customerId: customerId }).toArray();
    return found;
  } else {
    return reply.code(404).send('unknown');
  }
});

await app.listen({ port: 3000 });
