// Service that disables TLS verification for the whole process.
import Fastify from 'fastify';
import axios from 'axios';

const app = Fastify({ logger: true });

// expect: CWE-295
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

app.get('/billing/status', async (request, reply) => {
  const { data } = await axios.get('https://billing.internal/status');
  return data;
});

await app.listen({ port: 3000 });
